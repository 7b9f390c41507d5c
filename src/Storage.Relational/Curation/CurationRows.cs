using System.Data.Common;

namespace EntityGraph.Storage.Relational.Curation;

/// <summary>Reads and checks shared by the curation operations.</summary>
internal static class CurationRows
{
    /// <summary>The stored entity, or NOT_FOUND (naming the entity it was merged into, when it was).</summary>
    public static async Task<EntityRecord> RequireEntityAsync(DbConnection connection, DbTransaction transaction, string? entityId, CancellationToken cancellationToken = default)
    {
        CurationRules.Require(entityId, "The entity id", StorageLimits.MaxIdLength);
        var entity = await FindEntityAsync(connection, transaction, entityId!, cancellationToken).ConfigureAwait(false);
        if (entity is not null)
        {
            return entity;
        }

        var redirect = await RedirectMap.ReadAsync(connection, transaction, [entityId!], cancellationToken).ConfigureAwait(false);
        var merged = redirect.TryGetValue(entityId!, out var target) ? $" (it was merged into '{target}')" : string.Empty;
        throw new GraphStoreException(ErrorCodes.NotFound, $"No entity with id '{entityId}'{merged}.");
    }

    public static async Task<EntityRecord?> FindEntityAsync(DbConnection connection, DbTransaction transaction, string entityId, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, $"SELECT {RecordMapping.EntityColumns} FROM entities e WHERE e.id = @id;");
        command.Add("@id", entityId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? RecordMapping.ReadEntity(reader) : null;
    }

    /// <summary>The distinct documents with a mention of any of the entities.</summary>
    public static async Task<List<string>> DocumentsMentioningAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default)
    {
        var documents = new List<string>();
        await using var command = Sql.Command(connection, transaction, string.Empty);
        command.CommandText = $"SELECT DISTINCT document_id FROM mentions WHERE entity_id IN ({Sql.AddList(command, entityIds)}) ORDER BY document_id;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            documents.Add(reader.GetString(0));
        }

        return documents;
    }

    /// <summary>Re-computes every count of the documents from their (changed) mention rows: subtract before the change, add after.</summary>
    public static async Task RecountAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> documentIds, Func<Task> change, CancellationToken cancellationToken = default)
    {
        foreach (var document in documentIds)
        {
            await DocumentContributions.SubtractAsync(connection, transaction, document, cancellationToken).ConfigureAwait(false);
        }

        await change().ConfigureAwait(false);
        foreach (var document in documentIds)
        {
            await DocumentContributions.AddAsync(connection, transaction, document, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Indexes the search terms of every mention alias of the entity (aliases created by a recount have none yet).</summary>
    public static async Task IndexAliasTermsAsync(DbConnection connection, DbTransaction transaction, string entityId, CancellationToken cancellationToken = default)
    {
        var aliases = new List<(string Name, string Language)>();
        await using (var read = Sql.Command(connection, transaction, "SELECT name, language FROM aliases WHERE entity_id = @id;"))
        {
            read.Add("@id", entityId);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                aliases.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var writes = aliases.Select(a => new MentionWrite(entityId, 0, 1, a.Name, string.Empty, 0, string.Empty, a.Language)).ToList();
        await DocumentRows.InsertAliasTermsAsync(connection, transaction, writes, cancellationToken).ConfigureAwait(false);
    }

    public static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string text, IReadOnlyDictionary<string, object> parameters, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, text);
        foreach (var (name, value) in parameters)
        {
            command.Add(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
