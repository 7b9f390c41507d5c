using System.Globalization;
using System.Text.Json;

namespace EntityGraph.Storage.Sqlite;

/// <summary>Pages of link decisions, newest first, by entity (linked or candidate side) and kind.</summary>
internal sealed class LinkDecisionReader(GraphStoreConnections connections)
{
    private const string Columns = "d.id, d.entity_id, d.document_id, d.surface, d.kind, d.score, d.reason, d.candidate_entity_id, d.shared_entity_ids, d.created_at";

    public async Task<Page<LinkDecisionRecord>> ReadAsync(LinkDecisionQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        Paging.Validate(query.First, query.Offset);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var filters = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            filters.Add("(d.entity_id = @entity OR d.candidate_entity_id = @entity)");
            command.Parameters.AddWithValue("@entity", query.EntityId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            filters.Add("d.kind = @kind COLLATE NOCASE");
            command.Parameters.AddWithValue("@kind", query.Kind.Trim());
        }

        var where = filters.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", filters);
        command.Parameters.AddWithValue("@first", query.First);
        command.Parameters.AddWithValue("@offset", query.Offset);
        command.CommandText = $"SELECT {Columns} FROM link_decisions d {where} ORDER BY d.id DESC LIMIT @first OFFSET @offset;";
        var items = new List<LinkDecisionRecord>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(new LinkDecisionRecord(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    reader.GetDouble(5),
                    reader.GetString(6),
                    reader.IsDBNull(7) ? null : reader.GetString(7),
                    JsonSerializer.Deserialize<string[]>(reader.GetString(8)) ?? [],
                    new DateTimeOffset(reader.GetInt64(9), TimeSpan.Zero)));
            }
        }

        command.CommandText = $"SELECT COUNT(*) FROM link_decisions d {where};";
        var total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return new Page<LinkDecisionRecord>(items, query.Offset, total);
    }
}
