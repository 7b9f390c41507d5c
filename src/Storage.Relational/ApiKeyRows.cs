using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>The api_keys table: written inside the store's write transactions, read by key id.</summary>
internal sealed class ApiKeyRows(RelationalBackend backend)
{
    private const string Columns = "key_id, name, role, salt, hash, created_at, revoked_at";

    public static async Task<bool> AddAsync(DbConnection connection, DbTransaction transaction, ApiKeyRecord key, CancellationToken cancellationToken = default)
    {
        ApiKeyRules.Validate(key);
        await using (var taken = Sql.Command(connection, transaction, "SELECT 1 FROM api_keys WHERE name = @name AND revoked_at IS NULL;"))
        {
            taken.Add("@name", key.Name);
            if (await taken.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
            {
                throw new GraphStoreException(ErrorCodes.NameTaken, $"A live API key is already named '{key.Name}'; revoke it first or choose another name.");
            }
        }

        await using var insert = Sql.Command(connection, transaction, $"INSERT INTO api_keys ({Columns}) VALUES (@id, @name, @role, @salt, @hash, @created, NULL);");
        insert.Add("@id", key.KeyId);
        insert.Add("@name", key.Name);
        insert.Add("@role", key.Role);
        insert.Add("@salt", key.Salt);
        insert.Add("@hash", key.Hash);
        insert.Add("@created", key.CreatedAt.UtcTicks);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public static async Task<bool> RevokeAsync(DbConnection connection, DbTransaction transaction, string name, long now, CancellationToken cancellationToken = default)
    {
        await using var update = Sql.Command(connection, transaction, "UPDATE api_keys SET revoked_at = @now WHERE name = @name AND revoked_at IS NULL;");
        update.Add("@now", now);
        update.Add("@name", name);
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<ApiKeyRecord?> FindAsync(string keyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, $"SELECT {Columns} FROM api_keys WHERE key_id = @id;");
        command.Add("@id", keyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, $"SELECT {Columns} FROM api_keys ORDER BY created_at, key_id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<ApiKeyRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(Read(reader));
        }

        return keys;
    }

    private static ApiKeyRecord Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        (byte[])reader.GetValue(3),
        (byte[])reader.GetValue(4),
        new DateTimeOffset(reader.Int64(5), TimeSpan.Zero),
        reader.IsDBNull(6) ? null : new DateTimeOffset(reader.Int64(6), TimeSpan.Zero));
}
