namespace EntityGraph.Storage.Relational;

/// <summary>
/// Entities co-occurring with an entity, ranked by normalized pointwise mutual information over documents:
/// npmi = ln(p(a,b) / (p(a) p(b))) / -ln p(a,b), then by co-occurrence count; each with up to 5 shared documents, newest first.
/// </summary>
internal sealed class RelatedEntitiesQuery(RelationalBackend backend)
{
    private readonly string _query = $"""
        WITH pairs (other, together) AS (
            SELECT entity_b, document_count FROM cooccurrence WHERE entity_a = @entity AND document_count > 0
            UNION ALL
            SELECT entity_a, document_count FROM cooccurrence WHERE entity_b = @entity AND document_count > 0),
        total AS (SELECT CAST(COUNT(*) AS DOUBLE PRECISION) AS n FROM documents),
        me AS (SELECT CAST(document_count AS DOUBLE PRECISION) AS df FROM entities WHERE id = @entity AND document_count > 0),
        scored AS (
            SELECT p.other, p.together,
                {Npmi.Sql("p.together", "total.n", "me.df", "e.document_count")} AS npmi
            FROM pairs p JOIN entities e ON e.id = p.other CROSS JOIN total CROSS JOIN me
            WHERE e.document_count > 0)
        SELECT other, npmi, together,
            (SELECT {backend.Dialect.JsonArrayAgg("recent.document_id", "recent.updated_at DESC, recent.document_id")} FROM (
                SELECT d.id AS document_id, d.updated_at FROM documents d
                WHERE d.id IN (SELECT document_id FROM mentions WHERE entity_id = @entity)
                  AND d.id IN (SELECT document_id FROM mentions WHERE entity_id = scored.other)
                ORDER BY d.updated_at DESC, d.id LIMIT 5) AS recent) AS shared_documents
        FROM scored
        ORDER BY npmi DESC, together DESC, other
        LIMIT @first;
        """;

    public async Task<IReadOnlyList<RelatedEntityRecord>> GetAsync(string entityId, int first, CancellationToken cancellationToken = default)
    {
        QueryArguments.RequireId(entityId, "The entity id");
        QueryArguments.Validate(first, 0);
        if (first == 0)
        {
            return [];
        }

        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, _query);
        command.Add("@entity", entityId);
        command.Add("@first", first);
        var related = new List<RelatedEntityRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            related.Add(new RelatedEntityRecord(reader.GetString(0), reader.Double(1), reader.Int32(2), System.Text.Json.JsonSerializer.Deserialize<string[]>(reader.GetString(3)) ?? []));
        }

        return related;
    }
}
