using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// Recomputes every stored count from the mention rows, with SQL independent of the write path, and reports each
/// disagreement: entity mention/document counts, alias counts and co-occurrence document counts.
/// </summary>
internal static class GraphCountAudit
{
    private static readonly string[] Checks =
    [
        """
        SELECT 'entity ' || e.id || ' stores ' || e.mention_count || '/' || e.document_count
            || ' but rows say ' || (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id)
            || '/' || (SELECT COUNT(DISTINCT m.document_id) FROM mentions m WHERE m.entity_id = e.id)
        FROM entities e
        WHERE e.mention_count <> (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id)
           OR e.document_count <> (SELECT COUNT(DISTINCT m.document_id) FROM mentions m WHERE m.entity_id = e.id);
        """,
        """
        SELECT 'alias missing or wrong: ' || entity_id || ' ' || text || ' ' || language || ' x' || n FROM (
            SELECT entity_id, text, language, COUNT(*) AS n FROM mentions GROUP BY entity_id, text, language
            EXCEPT SELECT entity_id, name, language, count FROM aliases) AS missing;
        """,
        """
        SELECT 'alias not backed by mentions: ' || entity_id || ' ' || name || ' ' || language || ' x' || count FROM (
            SELECT entity_id, name, language, count FROM aliases
            EXCEPT SELECT entity_id, text, language, COUNT(*) FROM mentions GROUP BY entity_id, text, language) AS unbacked;
        """,
        """
        SELECT 'co-occurrence missing or wrong: ' || a || ' ' || b || ' x' || n FROM (
            SELECT x.entity_id AS a, y.entity_id AS b, COUNT(DISTINCT x.document_id) AS n
            FROM mentions x JOIN mentions y ON y.document_id = x.document_id AND x.entity_id < y.entity_id
            GROUP BY x.entity_id, y.entity_id
            EXCEPT SELECT entity_a, entity_b, document_count FROM cooccurrence) AS missing;
        """,
        """
        SELECT 'co-occurrence not backed by mentions: ' || a || ' ' || b || ' x' || n FROM (
            SELECT entity_a AS a, entity_b AS b, document_count AS n FROM cooccurrence
            EXCEPT
            SELECT x.entity_id, y.entity_id, COUNT(DISTINCT x.document_id)
            FROM mentions x JOIN mentions y ON y.document_id = x.document_id AND x.entity_id < y.entity_id
            GROUP BY x.entity_id, y.entity_id) AS unbacked;
        """,
    ];

    public static async Task<IReadOnlyList<string>> FindProblemsAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        foreach (var check in Checks)
        {
            await using var command = Sql.Command(connection, null, check);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                problems.Add(reader.GetString(0));
            }
        }

        return problems;
    }
}
