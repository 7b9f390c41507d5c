using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// Candidate entities for cross-document linking: names (mention aliases, manual aliases, canonical names) that equal the
/// key or hold it as whole words, of any type; keys of the same type sharing at least half of the key's trigrams; and, for
/// each candidate, the context entities it co-occurs with. Entities without mentions or manual aliases are left out.
/// </summary>
internal sealed class LinkCandidateReader(RelationalBackend backend)
{
    private const int MaxNameRows = 400;

    public async Task<IReadOnlyList<LinkCandidateRecord>> FindAsync(LinkCandidateQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryArguments.RequireId(query.Type, "The entity type");
        QueryArguments.RequireId(query.Key, "The key");
        QueryArguments.Validate(query.MaxCandidates, 0);
        if (query.MaxCandidates == 0)
        {
            return [];
        }

        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (names, similar) = await MatchAsync(connection, query, cancellationToken).ConfigureAwait(false);
        var ids = names.Keys.Concat(similar.Keys).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var (entities, shared) = await DescribeAsync(connection, ids, query.ContextEntityIds ?? [], cancellationToken).ConfigureAwait(false);
        return entities.Values
            .OrderByDescending(e => shared.TryGetValue(e.Id, out var s) ? s.Count : 0)
            .ThenByDescending(e => e.MentionCount)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(query.MaxCandidates)
            .Select(e => new LinkCandidateRecord(
                e,
                names.TryGetValue(e.Id, out var n) ? n.Distinct(StringComparer.Ordinal).ToList() : [],
                similar.TryGetValue(e.Id, out var k) ? k : [],
                shared.TryGetValue(e.Id, out var s) ? s.Order(StringComparer.Ordinal).ToList() : []))
            .ToList();
    }

    /// <summary>Names holding the key, and keys sharing its trigrams: two statements, one round trip.</summary>
    private static async Task<(Dictionary<string, List<string>> Names, Dictionary<string, List<string>> Similar)> MatchAsync(DbConnection connection, LinkCandidateQuery query, CancellationToken cancellationToken)
    {
        var grams = KeyGrams.Of(query.Key);
        await using var command = Sql.Command(connection, null, string.Empty);
        command.Add("@key", query.Key);
        command.Add("@low", query.Key + " ");
        command.Add("@high", SearchTerms.UpperBound(query.Key + " "));
        var gramList = Sql.AddList(command, grams, "g");
        command.Add("@type", query.Type);
        command.Add("@needed", (grams.Count + 1) / 2);
        command.Add("@limit", query.MaxCandidates);
        command.CommandText = $"""
            SELECT entity_id, name FROM alias_terms WHERE term = @key OR (term >= @low AND term < @high)
            UNION
            SELECT entity_id, name FROM manual_alias_terms WHERE term = @key OR (term >= @low AND term < @high)
            UNION
            SELECT e.id, e.canonical_name FROM canonical_terms c JOIN entities e ON e.id = c.entity_id
            WHERE c.term = @key OR (c.term >= @low AND c.term < @high)
            LIMIT {MaxNameRows};
            WITH near_keys AS (
                SELECT normalized_key, COUNT(*) AS shared FROM key_grams
                WHERE type = @type AND gram IN ({gramList})
                GROUP BY normalized_key HAVING COUNT(*) >= @needed
                ORDER BY shared DESC, normalized_key LIMIT @limit)
            SELECT k.entity_id, k.normalized_key FROM near_keys c
            JOIN entity_keys k ON k.type = @type AND k.normalized_key = c.normalized_key
            ORDER BY c.shared DESC, k.normalized_key;
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var names = await ReadGroupsAsync(reader, cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var similar = await ReadGroupsAsync(reader, cancellationToken).ConfigureAwait(false);
        return (names, similar);
    }

    /// <summary>
    /// The candidates that are live (mentioned, or holding a manual alias), and the context entities each co-occurs with:
    /// two statements per chunk of candidates, one round trip.
    /// </summary>
    private static async Task<(Dictionary<string, EntityRecord> Entities, Dictionary<string, HashSet<string>> Shared)> DescribeAsync(DbConnection connection, IReadOnlyList<string> ids, IReadOnlyList<string> context, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        var shared = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var contextIds = context.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).Take(Sql.ChunkSize).ToList();
        foreach (var chunk in Sql.IdChunks(ids))
        {
            await using var command = Sql.Command(connection, null, string.Empty);
            var candidateList = Sql.AddList(command, chunk, "c");
            var text = $"""
                SELECT {RecordMapping.EntityColumns} FROM entities e
                WHERE e.id IN ({candidateList})
                  AND (e.mention_count > 0 OR EXISTS (SELECT 1 FROM manual_aliases a WHERE a.entity_id = e.id));
                """;
            if (contextIds.Count > 0)
            {
                var contextList = Sql.AddList(command, contextIds, "x");
                text += $"""

                    SELECT entity_a, entity_b FROM cooccurrence
                    WHERE document_count > 0 AND entity_a IN ({candidateList}) AND entity_b IN ({contextList})
                    UNION
                    SELECT entity_b, entity_a FROM cooccurrence
                    WHERE document_count > 0 AND entity_b IN ({candidateList}) AND entity_a IN ({contextList});
                    """;
            }

            command.CommandText = text;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var entity = RecordMapping.ReadEntity(reader);
                entities[entity.Id] = entity;
            }

            if (contextIds.Count > 0 && await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var (candidate, others) in await ReadGroupsAsync(reader, cancellationToken).ConfigureAwait(false))
                {
                    if (entities.ContainsKey(candidate))
                    {
                        shared[candidate] = others.ToHashSet(StringComparer.Ordinal);
                    }
                }
            }
        }

        return (entities, shared);
    }

    /// <summary>The rows of the current result set, (key, value) pairs grouped by key in the order read.</summary>
    private static async Task<Dictionary<string, List<string>>> ReadGroupsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = reader.GetString(0);
            if (!groups.TryGetValue(key, out var values))
            {
                groups[key] = values = [];
            }

            values.Add(reader.GetString(1));
        }

        return groups;
    }
}
