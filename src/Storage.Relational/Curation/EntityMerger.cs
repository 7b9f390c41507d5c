using System.Data.Common;

namespace EntityGraph.Storage.Relational.Curation;

/// <summary>
/// Merges entities into a target inside a caller's transaction. The mention rows of the sources move to the target (a
/// source mention on a span the target already has there is dropped), and the affected documents' counts, aliases and
/// co-occurrence are subtracted before and added after from the rows, so they stay exact. Keys, manual aliases, saliences
/// and link decisions follow; the sources' names become manual aliases; the sources are deleted and redirect to the target.
/// </summary>
internal static class EntityMerger
{
    public static async Task<CurationResult> MergeAsync(DbConnection connection, DbTransaction transaction, EntityMerge merge, long now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(merge);
        var target = await CurationRows.RequireEntityAsync(connection, transaction, merge.TargetId, cancellationToken).ConfigureAwait(false);
        var sourceIds = CurationRules.MergeSources(merge);
        var sources = new List<EntityRecord>(sourceIds.Count);
        foreach (var id in sourceIds)
        {
            sources.Add(await CurationRows.RequireEntityAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false));
        }

        var keys = await MoveAsync(connection, transaction, target, sources, merge.Reason, merge.Actor, now, cancellationToken).ConfigureAwait(false);
        var merged = await CurationRows.FindEntityAsync(connection, transaction, target.Id, cancellationToken).ConfigureAwait(false);
        return new CurationResult(merged!, null, sourceIds, keys);
    }

    /// <summary>Moves everything of <paramref name="sources"/> to <paramref name="target"/> and deletes them; returns the keys that now link to the target.</summary>
    public static async Task<IReadOnlyList<EntityKeyRecord>> MoveAsync(DbConnection connection, DbTransaction transaction, EntityRecord target, IReadOnlyList<EntityRecord> sources, string? reason, string? actor, long now, CancellationToken cancellationToken = default)
    {
        var ids = sources.Select(s => s.Id).ToList();
        var documents = await CurationRows.DocumentsMentioningAsync(connection, transaction, ids, cancellationToken).ConfigureAwait(false);
        await CurationRows.RecountAsync(connection, transaction, documents, () => MoveMentionsAsync(connection, transaction, target.Id, ids, cancellationToken), cancellationToken).ConfigureAwait(false);
        await CurationRows.IndexAliasTermsAsync(connection, transaction, target.Id, cancellationToken).ConfigureAwait(false);
        var keys = await MoveKeysAsync(connection, transaction, target.Id, ids, cancellationToken).ConfigureAwait(false);
        await MoveManualAliasesAsync(connection, transaction, target.Id, sources, now, cancellationToken).ConfigureAwait(false);
        await using (var command = Sql.Command(connection, transaction, string.Empty))
        {
            var list = Sql.AddList(command, ids, "src");
            command.Add("@target", target.Id);
            command.Add("@now", now);
            command.CommandText = $"""
                INSERT INTO document_entities (document_id, entity_id, salience)
                SELECT document_id, @target, MAX(salience) FROM document_entities WHERE entity_id IN ({list}) GROUP BY document_id
                ON CONFLICT (document_id, entity_id) DO UPDATE SET salience = greatest(document_entities.salience, excluded.salience);
                DELETE FROM document_entities WHERE entity_id IN ({list});
                UPDATE link_decisions SET entity_id = @target WHERE entity_id IN ({list});
                UPDATE link_decisions SET candidate_entity_id = @target WHERE candidate_entity_id IN ({list});
                UPDATE entity_redirects SET to_id = @target WHERE to_id IN ({list});
                INSERT INTO entity_redirects (from_id, to_id, created_at) SELECT id, @target, @now FROM entities WHERE id IN ({list})
                ON CONFLICT (from_id) DO UPDATE SET to_id = excluded.to_id, created_at = excluded.created_at;
                DELETE FROM canonical_terms WHERE entity_id IN ({list});
                DELETE FROM aliases WHERE entity_id IN ({list}) AND count = 0;
                DELETE FROM cooccurrence WHERE document_count = 0 AND (entity_a IN ({list}) OR entity_b IN ({list}));
                """;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var decisions = sources
            .Select(s => new LinkDecisionWrite(target.Id, s.CanonicalName, CurationKinds.Merge, 1.0, reason?.Trim() is { Length: > 0 } why ? why : $"'{s.CanonicalName}' ({s.Id}) merged by curation", s.Id))
            .ToList();
        await LinkRows.InsertDecisionsAsync(connection, transaction, null, decisions, actor, now, cancellationToken).ConfigureAwait(false);
        await using (var delete = Sql.Command(connection, transaction, string.Empty))
        {
            delete.CommandText = $"DELETE FROM entities WHERE id IN ({Sql.AddList(delete, ids)});";
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return keys;
    }

    private static async Task MoveMentionsAsync(DbConnection connection, DbTransaction transaction, string targetId, IReadOnlyList<string> sourceIds, CancellationToken cancellationToken = default)
    {
        foreach (var source in sourceIds)
        {
            await CurationRows.ExecuteAsync(connection, transaction, """
                DELETE FROM mention_rows
                WHERE entity_id = @source AND EXISTS (
                    SELECT 1 FROM mention_rows t
                    WHERE t.document_id = mention_rows.document_id AND t.entity_id = @target
                      AND t.start_offset = mention_rows.start_offset AND t.end_offset = mention_rows.end_offset);
                UPDATE mention_rows SET entity_id = @target WHERE entity_id = @source;
                """, new Dictionary<string, object> { ["@source"] = source, ["@target"] = targetId }, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<IReadOnlyList<EntityKeyRecord>> MoveKeysAsync(DbConnection connection, DbTransaction transaction, string targetId, IReadOnlyList<string> sourceIds, CancellationToken cancellationToken = default)
    {
        var keys = new List<EntityKeyRecord>();
        await using var command = Sql.Command(connection, transaction, string.Empty);
        var list = Sql.AddList(command, sourceIds, "src");
        command.Add("@target", targetId);
        command.CommandText = $"SELECT type, normalized_key FROM entity_keys WHERE entity_id IN ({list}) ORDER BY type, normalized_key;";
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                keys.Add(new EntityKeyRecord(reader.GetString(0), reader.GetString(1), targetId));
            }
        }

        command.CommandText = $"UPDATE entity_keys SET entity_id = @target WHERE entity_id IN ({list});";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return keys;
    }

    private static async Task MoveManualAliasesAsync(DbConnection connection, DbTransaction transaction, string targetId, IReadOnlyList<EntityRecord> sources, long now, CancellationToken cancellationToken = default)
    {
        var aliases = new List<(string Name, string Language, string Source)>();
        await using (var read = Sql.Command(connection, transaction, string.Empty))
        {
            read.CommandText = $"SELECT name, language, source FROM manual_aliases WHERE entity_id IN ({Sql.AddList(read, sources.Select(s => s.Id).ToList())}) ORDER BY created_at, name;";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                aliases.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (name, language, source) in aliases)
        {
            await NameTerms.AddManualAliasAsync(connection, transaction, targetId, name, language, source, now, cancellationToken).ConfigureAwait(false);
        }

        foreach (var source in sources)
        {
            await NameTerms.KeepFormerNameAsync(connection, transaction, targetId, source.CanonicalName, ManualAliasSources.Merge, now, cancellationToken).ConfigureAwait(false);
        }

        await using var delete = Sql.Command(connection, transaction, string.Empty);
        delete.CommandText = $"DELETE FROM manual_aliases WHERE entity_id IN ({Sql.AddList(delete, sources.Select(s => s.Id).ToList())});";
        await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
