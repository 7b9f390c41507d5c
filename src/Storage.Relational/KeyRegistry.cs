using System.Data;
using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>Links (type, normalized key) pairs to entities and keeps the trigram index of the keys that fuzzy linking searches.</summary>
internal static class KeyRegistry
{
    /// <summary>Links the key to the entity when no entity holds it; true when it was linked now.</summary>
    public static async Task<bool> TryRegisterAsync(DbConnection connection, DbTransaction transaction, string type, string normalizedKey, string entityId, CancellationToken cancellationToken = default)
    {
        await using var link = Sql.Command(connection, transaction, """
            INSERT INTO entity_keys (type, normalized_key, entity_id) VALUES (@type, @key, @id)
            ON CONFLICT (type, normalized_key) DO NOTHING;
            """);
        link.Add("@type", type);
        link.Add("@key", normalizedKey);
        link.Add("@id", entityId);
        if (await link.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            return false;
        }

        await InsertGramsAsync(connection, transaction, type, normalizedKey, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The entity holding a key, or null.</summary>
    public static async Task<string?> HolderAsync(DbConnection connection, DbTransaction transaction, string type, string normalizedKey, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, "SELECT entity_id FROM entity_keys WHERE type = @type AND normalized_key = @key;");
        command.Add("@type", type);
        command.Add("@key", normalizedKey);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>Fills the trigram index for keys stored before it existed (schema version 1).</summary>
    public static async Task BackfillGramsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        var keys = new List<(string Type, string Key)>();
        await using (var read = Sql.Command(connection, transaction, "SELECT type, normalized_key FROM entity_keys;"))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                keys.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (type, key) in keys)
        {
            await InsertGramsAsync(connection, transaction, type, key, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task InsertGramsAsync(DbConnection connection, DbTransaction transaction, string type, string normalizedKey, CancellationToken cancellationToken = default)
    {
        var rows = KeyGrams.Of(normalizedKey).Select(gram => new object?[] { type, gram, normalizedKey }).ToList();
        await Sql.InsertRowsAsync(connection, transaction, "INSERT INTO key_grams (type, gram, normalized_key)", rows, "ON CONFLICT DO NOTHING", cancellationToken).ConfigureAwait(false);
    }
}
