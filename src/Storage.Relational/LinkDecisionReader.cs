using System.Text.Json;

namespace EntityGraph.Storage.Relational;

/// <summary>Pages of link decisions, newest first, by entity (linked or candidate side) and kind.</summary>
internal sealed class LinkDecisionReader(RelationalBackend backend)
{
    private const string Columns = "d.id, d.entity_id, d.document_id, d.surface, d.kind, d.score, d.reason, d.candidate_entity_id, d.shared_entity_ids, d.created_at, d.actor";

    public async Task<Page<LinkDecisionRecord>> ReadAsync(LinkDecisionQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryArguments.Validate(query.First, query.Offset);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var page = new PagedQuery(command);
        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            page.Where("(d.entity_id = @entity OR d.candidate_entity_id = @entity)", "@entity", query.EntityId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            page.Where("lower(d.kind) = lower(@kind)", "@kind", query.Kind.Trim());
        }

        return await page.ReadAsync(Columns, "link_decisions d", "d.id DESC", query.First, query.Offset, Read, cancellationToken).ConfigureAwait(false);
    }

    private static LinkDecisionRecord Read(System.Data.Common.DbDataReader reader) => new(
        reader.Int64(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.Double(5),
        reader.GetString(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        JsonSerializer.Deserialize<string[]>(reader.GetString(8)) ?? [],
        new DateTimeOffset(reader.Int64(9), TimeSpan.Zero),
        reader.IsDBNull(10) ? null : reader.GetString(10));
}
