using System.Text.Json;

namespace EntityGraph.Storage.Sqlite;

/// <summary>
/// Documents sharing entities with a document, scored by the sum over shared entities of ln(1 + N / df),
/// so one shared rare entity outweighs one shared common entity.
/// </summary>
internal sealed class RelatedDocumentsQuery(GraphStoreConnections connections)
{
    private const string Query = """
        WITH mine AS (SELECT DISTINCT entity_id FROM mentions WHERE document_id = @doc),
        total AS (SELECT CAST(COUNT(*) AS REAL) AS n FROM documents),
        shared AS (
            SELECT DISTINCT m.document_id, m.entity_id
            FROM mentions m JOIN mine ON mine.entity_id = m.entity_id
            WHERE m.document_id <> @doc),
        weighted AS (
            SELECT s.document_id, s.entity_id, eg_ln(1.0 + total.n / e.document_count) AS idf
            FROM shared s JOIN entities e ON e.id = s.entity_id CROSS JOIN total
            WHERE e.document_count > 0)
        SELECT document_id, SUM(idf) AS score, json_group_array(entity_id ORDER BY idf DESC, entity_id) AS shared_ids
        FROM weighted
        GROUP BY document_id
        ORDER BY score DESC, document_id
        LIMIT @first;
        """;

    public async Task<IReadOnlyList<RelatedDocumentRecord>> GetAsync(string documentId, int first, CancellationToken cancellationToken = default)
    {
        Paging.RequireId(documentId, "The document id");
        Paging.Validate(first, 0);
        if (first == 0)
        {
            return [];
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, Query);
        command.Parameters.AddWithValue("@doc", documentId);
        command.Parameters.AddWithValue("@first", first);
        var related = new List<RelatedDocumentRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var shared = JsonSerializer.Deserialize<string[]>(reader.GetString(2)) ?? [];
            related.Add(new RelatedDocumentRecord(reader.GetString(0), reader.GetDouble(1), shared));
        }

        return related;
    }
}
