using System.Data;
using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>Links (type, normalized key) pairs to entities and keeps the trigram index of the keys that fuzzy linking searches.</summary>
internal static class KeyRegistry
{
    /// <summary>Links the key to the entity when no entity holds it; true when it was linked now.</summary>
    public static async Task<bool> TryRegisterAsync(DbConnection connection, DbTransaction transaction, string type, string normalizedKey, string entityId, CancellationToken cancellationToken = default) =>
        (await TryRegisterAllAsync(connection, transaction, [new EntityKeyWrite(type, normalizedKey, entityId)], cancellationToken).ConfigureAwait(false)).Count == 1;

    /// <summary>
    /// Links each key to its entity when no entity holds it, in list order (of two writes of one key, the first wins),
    /// with one statement for the keys and one for their trigrams; returns the (type, key) pairs linked now.
    /// </summary>
    public static async Task<HashSet<(string Type, string Key)>> TryRegisterAllAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<EntityKeyWrite> keys, CancellationToken cancellationToken = default)
    {
        var rows = keys.Select(key => new object?[] { key.Type, key.NormalizedKey, key.EntityId }).ToList();
        var linked = (await Sql.InsertRowsReturningAsync(
                connection, transaction, "INSERT INTO entity_keys (type, normalized_key, entity_id)", rows,
                "ON CONFLICT (type, normalized_key) DO NOTHING", "type, normalized_key", cancellationToken).ConfigureAwait(false))
            .Select(row => ((string)row[0], (string)row[1]))
            .ToHashSet();
        await InsertGramsAsync(connection, transaction, linked, cancellationToken).ConfigureAwait(false);
        return linked;
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

        await InsertGramsAsync(connection, transaction, keys, cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertGramsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<(string Type, string Key)> keys, CancellationToken cancellationToken = default)
    {
        var rows = keys.SelectMany(key => KeyGrams.Of(key.Key).Select(gram => new object?[] { key.Type, gram, key.Key })).ToList();
        await Sql.InsertRowsAsync(connection, transaction, "INSERT INTO key_grams (type, gram, normalized_key)", rows, "ON CONFLICT DO NOTHING", cancellationToken).ConfigureAwait(false);
    }
}
