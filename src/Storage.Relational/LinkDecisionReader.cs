using System.Globalization;
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
        var filters = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            filters.Add("(d.entity_id = @entity OR d.candidate_entity_id = @entity)");
            command.Add("@entity", query.EntityId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            filters.Add("lower(d.kind) = lower(@kind)");
            command.Add("@kind", query.Kind.Trim());
        }

        var where = filters.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", filters);
        command.Add("@first", query.First);
        command.Add("@offset", query.Offset);
        command.CommandText = $"SELECT {Columns} FROM link_decisions d {where} ORDER BY d.id DESC LIMIT @first OFFSET @offset;";
        var items = new List<LinkDecisionRecord>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(new LinkDecisionRecord(
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
                    reader.IsDBNull(10) ? null : reader.GetString(10)));
            }
        }

        command.CommandText = $"SELECT COUNT(*) FROM link_decisions d {where};";
        var total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return new Page<LinkDecisionRecord>(items, query.Offset, total);
    }
}
