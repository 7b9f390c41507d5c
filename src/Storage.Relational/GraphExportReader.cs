using System.Data.Common;
using System.Runtime.CompilerServices;

namespace EntityGraph.Storage.Relational;

/// <summary>The whole graph as ordered streams (see <see cref="IGraphExportReader"/>), one query each.</summary>
internal sealed class GraphExportReader(RelationalBackend backend)
{
    public IAsyncEnumerable<EntityRecord> EntitiesAsync(CancellationToken cancellationToken = default) => StreamAsync(
        $"SELECT {RecordMapping.EntityColumns} FROM entities e WHERE e.mention_count > 0 ORDER BY e.id;",
        RecordMapping.ReadEntity,
        cancellationToken);

    public IAsyncEnumerable<AliasRecord> AliasesAsync(CancellationToken cancellationToken = default) => StreamAsync(
        """
        SELECT entity_id, name, language, count, manual FROM (
            SELECT a.entity_id, a.name, a.language, a.count, 0 AS manual FROM aliases a
            JOIN entities e ON e.id = a.entity_id
            WHERE a.count > 0 AND e.mention_count > 0
            UNION ALL
            SELECT m.entity_id, m.name, m.language, 0, 1 FROM manual_aliases m
            JOIN entities e ON e.id = m.entity_id
            WHERE e.mention_count > 0 AND NOT EXISTS (
                SELECT 1 FROM aliases a WHERE a.entity_id = m.entity_id AND a.name = m.name AND a.language = m.language AND a.count > 0)
        ) AS all_aliases
        ORDER BY entity_id, manual, language, name;
        """,
        reader => new AliasRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.Int32(3), reader.Flag(4)),
        cancellationToken);

    public IAsyncEnumerable<DocumentRecord> DocumentsAsync(CancellationToken cancellationToken = default) => StreamAsync(
        $"SELECT {RecordMapping.DocumentColumns(backend.Dialect)} FROM documents d ORDER BY d.id;",
        RecordMapping.ReadDocument,
        cancellationToken);

    public IAsyncEnumerable<MentionRecord> MentionsAsync(CancellationToken cancellationToken = default) => StreamAsync(
        $"SELECT {RecordMapping.MentionColumns} FROM mentions m ORDER BY m.document_id, m.start_offset, m.end_offset, m.id;",
        RecordMapping.ReadMention,
        cancellationToken);

    public IAsyncEnumerable<CooccurrenceRecord> CooccurrencesAsync(CancellationToken cancellationToken = default) => StreamAsync(
        $"""
        WITH total AS (SELECT CAST(COUNT(*) AS DOUBLE PRECISION) AS n FROM documents)
        SELECT c.entity_a, c.entity_b, c.document_count,
            {Npmi.Sql("c.document_count", "total.n", "CAST(a.document_count AS DOUBLE PRECISION)", "b.document_count")} AS npmi
        FROM cooccurrence c
        JOIN entities a ON a.id = c.entity_a
        JOIN entities b ON b.id = c.entity_b
        CROSS JOIN total
        WHERE c.document_count > 0 AND a.document_count > 0 AND b.document_count > 0
        ORDER BY c.entity_a, c.entity_b;
        """,
        reader => new CooccurrenceRecord(reader.GetString(0), reader.GetString(1), reader.Int32(2), reader.Double(3)),
        cancellationToken);

    private async IAsyncEnumerable<T> StreamAsync<T>(string query, Func<DbDataReader, T> read, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, query);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return read(reader);
        }
    }
}
