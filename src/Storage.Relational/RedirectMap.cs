using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// Rewrites a document write whose entity ids were merged away (by a cache that did not hear of the merge) to the
/// entities they were merged into: such entity rows are not created again, and mentions that end up twice on one span
/// are kept once (the most confident).
/// </summary>
internal static class RedirectMap
{
    public static async Task<DocumentWrite> ApplyAsync(DbConnection connection, DbTransaction transaction, DocumentWrite write, CancellationToken cancellationToken = default)
    {
        var referenced = write.Entities.Select(e => e.Id)
            .Concat(write.Mentions.Select(m => m.EntityId))
            .Concat((write.Keys ?? []).Select(k => k.EntityId))
            .Concat((write.LinkDecisions ?? []).SelectMany(d => d.CandidateEntityId is null ? [d.EntityId] : new[] { d.EntityId, d.CandidateEntityId }))
            .ToHashSet(StringComparer.Ordinal);
        var map = await ReadAsync(connection, transaction, referenced, cancellationToken).ConfigureAwait(false);
        if (map.Count == 0)
        {
            return write;
        }

        string To(string id) => map.GetValueOrDefault(id, id);
        var mentions = write.Mentions
            .Select(m => m with { EntityId = To(m.EntityId) })
            .GroupBy(m => (m.EntityId, m.Start, m.End))
            .Select(g => g.MaxBy(m => m.Confidence)!)
            .ToList();
        var saliences = write.Saliences?
            .GroupBy(s => To(s.EntityId), StringComparer.Ordinal)
            .Select(g => new EntitySalienceWrite(g.Key, g.Max(s => s.Salience)))
            .ToList();
        return write with
        {
            Entities = write.Entities.Where(e => !map.ContainsKey(e.Id)).ToList(),
            Mentions = mentions,
            Keys = write.Keys?.Select(k => k with { EntityId = To(k.EntityId) }).ToList(),
            Saliences = saliences,
            LinkDecisions = write.LinkDecisions?
                .Select(d => d with { EntityId = To(d.EntityId), CandidateEntityId = d.CandidateEntityId is null ? null : To(d.CandidateEntityId) })
                .ToList(),
        };
    }

    /// <summary>The redirect target of each id that was merged away.</summary>
    public static async Task<Dictionary<string, string>> ReadAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in Sql.IdChunks(ids))
        {
            await using var command = Sql.Command(connection, transaction, string.Empty);
            command.CommandText = $"SELECT from_id, to_id FROM entity_redirects WHERE from_id IN ({Sql.AddList(command, chunk)});";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                map[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return map;
    }
}
