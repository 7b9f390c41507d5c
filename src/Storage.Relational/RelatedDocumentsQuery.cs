using System.Text.Json;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// Documents sharing entities with a document, scored by the sum over shared entities of
/// ln(1 + N / df) x salience in this document x salience in the other (saliences in [0,1], 1 when not stored),
/// so one shared rare entity outweighs one shared common entity, and entities central to both count most.
/// The shared entities are listed by their contribution, largest first.
/// </summary>
internal sealed class RelatedDocumentsQuery(RelationalBackend backend)
{
    private readonly string _query = $"""
        WITH mine AS (
            SELECT DISTINCT m.entity_id, COALESCE(de.salience, 1.0) AS salience
            FROM mentions m LEFT JOIN document_entities de ON de.document_id = m.document_id AND de.entity_id = m.entity_id
            WHERE m.document_id = @doc),
        total AS (SELECT CAST(COUNT(*) AS DOUBLE PRECISION) AS n FROM documents),
        shared AS (
            SELECT DISTINCT m.document_id, m.entity_id, mine.salience AS here
            FROM mentions m JOIN mine ON mine.entity_id = m.entity_id
            WHERE m.document_id <> @doc),
        weighted AS (
            SELECT s.document_id, s.entity_id,
                   ln(1.0 + total.n / e.document_count) * s.here * COALESCE(de.salience, 1.0) AS weight
            FROM shared s JOIN entities e ON e.id = s.entity_id CROSS JOIN total
            LEFT JOIN document_entities de ON de.document_id = s.document_id AND de.entity_id = s.entity_id
            WHERE e.document_count > 0)
        SELECT document_id, SUM(weight) AS score, {backend.Dialect.JsonArrayAgg("entity_id", "weight DESC, entity_id")} AS shared_ids
        FROM weighted
        GROUP BY document_id
        HAVING SUM(weight) > 0
        ORDER BY score DESC, document_id
        LIMIT @first;
        """;

    public async Task<IReadOnlyList<RelatedDocumentRecord>> GetAsync(string documentId, int first, CancellationToken cancellationToken = default)
    {
        QueryArguments.RequireId(documentId, "The document id");
        QueryArguments.Validate(first, 0);
        if (first == 0)
        {
            return [];
        }

        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, _query);
        command.Add("@doc", documentId);
        command.Add("@first", first);
        var related = new List<RelatedDocumentRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var shared = JsonSerializer.Deserialize<string[]>(reader.GetString(2)) ?? [];
            related.Add(new RelatedDocumentRecord(reader.GetString(0), reader.Double(1), shared));
        }

        return related;
    }
}
