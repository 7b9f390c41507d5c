using System.Data.Common;

namespace EntityGraph.Storage.Relational.Curation;

/// <summary>
/// Moves chosen mentions of an entity to a new entity inside a caller's transaction. The affected documents' counts,
/// aliases and co-occurrence are recomputed from the mention rows; the new entity takes the original's salience in them.
/// </summary>
internal static class EntitySplitter
{
    public static async Task<CurationResult> SplitAsync(DbConnection connection, DbTransaction transaction, EntitySplit split, long now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(split);
        var original = await CurationRows.RequireEntityAsync(connection, transaction, split.EntityId, cancellationToken).ConfigureAwait(false);
        var newId = CurationRules.Require(split.NewEntityId, "The new entity id");
        var name = CurationRules.Require(split.CanonicalName, "The new entity's name");
        var key = CurationRules.Require(split.NormalizedKey, "The new entity's normalized key");
        var mentionIds = await ValidateMentionsAsync(connection, transaction, original, split.MentionIds, cancellationToken).ConfigureAwait(false);
        if (await CurationRows.FindEntityAsync(connection, transaction, newId, cancellationToken).ConfigureAwait(false) is not null
            || (await RedirectMap.ReadAsync(connection, transaction, [newId], cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            throw CurationRules.Invalid($"The new entity id '{newId}' is already in use.");
        }

        await CurationRows.ExecuteAsync(connection, transaction, """
            INSERT INTO entities (id, type, canonical_name, normalized_key, mention_count, document_count, created_at)
            VALUES (@id, @type, @name, @key, 0, 0, @now);
            """, new Dictionary<string, object> { ["@id"] = newId, ["@type"] = original.Type, ["@name"] = name, ["@key"] = key, ["@now"] = now }, cancellationToken).ConfigureAwait(false);
        await NameTerms.ReplaceCanonicalAsync(connection, transaction, newId, name, cancellationToken).ConfigureAwait(false);
        var keys = await KeyRegistry.TryRegisterAsync(connection, transaction, original.Type, key, newId, cancellationToken).ConfigureAwait(false)
            ? new[] { new EntityKeyRecord(original.Type, key, newId) }
            : [];

        var documents = new List<string>();
        await using (var read = Sql.Command(connection, transaction, string.Empty))
        {
            read.CommandText = $"SELECT DISTINCT document_id FROM mentions WHERE id IN ({Sql.AddList(read, mentionIds, "m")}) ORDER BY document_id;";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                documents.Add(reader.GetString(0));
            }
        }

        await CurationRows.RecountAsync(connection, transaction, documents, async () =>
        {
            await using var move = Sql.Command(connection, transaction, string.Empty);
            move.Add("@new", newId);
            move.CommandText = $"UPDATE mention_rows SET entity_id = @new WHERE id IN ({Sql.AddList(move, mentionIds, "m")});";
            await move.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        await CurationRows.IndexAliasTermsAsync(connection, transaction, newId, cancellationToken).ConfigureAwait(false);

        await using (var salience = Sql.Command(connection, transaction, string.Empty))
        {
            var list = Sql.AddList(salience, documents, "doc");
            salience.Add("@original", original.Id);
            salience.Add("@new", newId);
            salience.CommandText = $"""
                INSERT INTO document_entities (document_id, entity_id, salience)
                SELECT document_id, @new, salience FROM document_entities WHERE entity_id = @original AND document_id IN ({list});
                DELETE FROM document_entities
                WHERE entity_id = @original AND document_id IN ({list})
                  AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = @original AND m.document_id = document_entities.document_id);
                """;
            await salience.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var reason = split.Reason?.Trim() is { Length: > 0 } why ? why : $"{mentionIds.Count} mention(s) split off '{original.CanonicalName}' ({original.Id}) by curation";
        await LinkRows.InsertDecisionsAsync(connection, transaction, null, [new LinkDecisionWrite(newId, name, CurationKinds.Split, 1.0, reason, original.Id)], split.Actor, now, cancellationToken).ConfigureAwait(false);
        var created = await CurationRows.FindEntityAsync(connection, transaction, newId, cancellationToken).ConfigureAwait(false);
        var rest = await CurationRows.FindEntityAsync(connection, transaction, original.Id, cancellationToken).ConfigureAwait(false);
        return new CurationResult(created!, rest, [], keys);
    }

    private static async Task<IReadOnlyList<long>> ValidateMentionsAsync(DbConnection connection, DbTransaction transaction, EntityRecord original, IReadOnlyList<long>? mentionIds, CancellationToken cancellationToken = default)
    {
        var ids = CurationRules.SplitMentions(mentionIds);

        var owners = new Dictionary<long, string>();
        foreach (var chunk in ids.Chunk(Sql.ChunkSize))
        {
            await using var read = Sql.Command(connection, transaction, string.Empty);
            read.CommandText = $"SELECT id, entity_id FROM mentions WHERE id IN ({Sql.AddList(read, chunk, "m")});";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                owners[reader.Int64(0)] = reader.GetString(1);
            }
        }

        var missing = ids.Where(id => !owners.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new GraphStoreException(ErrorCodes.NotFound, $"No mention with id {missing[0]}.");
        }

        var foreign = ids.Where(id => owners[id] != original.Id).ToList();
        if (foreign.Count > 0)
        {
            throw CurationRules.Invalid($"Mention {foreign[0]} belongs to entity '{owners[foreign[0]]}', not to '{original.Id}'.");
        }

        CurationRules.RequireMentionLeft(original, ids.Count);

        return ids;
    }

}
