using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// Adds or removes what one document's mention rows contribute to entity counts, alias counts and co-occurrence.
/// Both directions are computed from the stored mention rows, so counts always equal what the rows say.
/// </summary>
internal static class DocumentContributions
{
    private const string AddToEntities = """
        UPDATE entities
        SET mention_count = mention_count + (SELECT COUNT(*) FROM mentions m WHERE m.document_id = @doc AND m.entity_id = entities.id),
            document_count = document_count + 1
        WHERE id IN (SELECT entity_id FROM mentions WHERE document_id = @doc);
        """;

    /// <summary>
    /// An entity's type is the confidence-weighted vote of its linked mentions' types (ties: the type that sorts first),
    /// re-counted for the entities this document gave a mention of another type than theirs.
    /// </summary>
    private const string VoteTypes = """
        UPDATE entities
        SET type = (
            SELECT m.type FROM mentions m WHERE m.entity_id = entities.id
            GROUP BY m.type ORDER BY SUM(m.confidence) DESC, m.type LIMIT 1)
        WHERE id IN (SELECT d.entity_id FROM mentions d WHERE d.document_id = @doc AND d.type <> entities.type);
        """;

    private const string AddToAliases = """
        INSERT INTO aliases (entity_id, name, language, count)
        SELECT entity_id, text, language, COUNT(*) FROM mentions WHERE document_id = @doc GROUP BY entity_id, text, language
        ON CONFLICT (entity_id, name, language) DO UPDATE SET count = aliases.count + excluded.count;
        """;

    private const string AddToCooccurrence = """
        INSERT INTO cooccurrence (entity_a, entity_b, document_count)
        SELECT DISTINCT x.entity_id, y.entity_id, 1
        FROM mentions x JOIN mentions y ON y.document_id = x.document_id AND x.entity_id < y.entity_id
        WHERE x.document_id = @doc
        ON CONFLICT (entity_a, entity_b) DO UPDATE SET document_count = cooccurrence.document_count + 1;
        """;

    private const string RemoveFromEntities = """
        UPDATE entities
        SET mention_count = mention_count - (SELECT COUNT(*) FROM mentions m WHERE m.document_id = @doc AND m.entity_id = entities.id),
            document_count = document_count - 1
        WHERE id IN (SELECT entity_id FROM mentions WHERE document_id = @doc);
        """;

    private const string RemoveFromAliases = """
        UPDATE aliases
        SET count = count - (
            SELECT COUNT(*) FROM mentions m
            WHERE m.document_id = @doc AND m.entity_id = aliases.entity_id AND m.text = aliases.name AND m.language = aliases.language)
        WHERE (entity_id, name, language) IN (SELECT entity_id, text, language FROM mentions WHERE document_id = @doc);
        DELETE FROM aliases WHERE count = 0 AND entity_id IN (SELECT entity_id FROM mentions WHERE document_id = @doc);
        """;

    private const string RemoveFromCooccurrence = """
        UPDATE cooccurrence SET document_count = document_count - 1
        WHERE (entity_a, entity_b) IN (
            SELECT DISTINCT x.entity_id, y.entity_id
            FROM mentions x JOIN mentions y ON y.document_id = x.document_id AND x.entity_id < y.entity_id
            WHERE x.document_id = @doc);
        DELETE FROM cooccurrence
        WHERE document_count = 0 AND entity_a IN (SELECT entity_id FROM mentions WHERE document_id = @doc);
        """;

    private const string DeleteMentions = "DELETE FROM mention_rows WHERE document_id = @doc;";

    /// <summary>Counts in the document's current mention rows (call after inserting them).</summary>
    public static Task AddAsync(DbConnection connection, DbTransaction transaction, string documentId, CancellationToken cancellationToken = default) =>
        RunAsync(connection, transaction, documentId, [AddToEntities, VoteTypes, AddToAliases, AddToCooccurrence], cancellationToken);

    /// <summary>Takes back the document's stored mention rows from every count, then deletes the rows (rejected ones too).</summary>
    public static Task RemoveAsync(DbConnection connection, DbTransaction transaction, string documentId, CancellationToken cancellationToken = default) =>
        RunAsync(connection, transaction, documentId, [RemoveFromCooccurrence, RemoveFromAliases, RemoveFromEntities, DeleteMentions], cancellationToken);

    /// <summary>Takes back the document's stored mention rows from every count and keeps the rows (curation then changes and re-adds them).</summary>
    public static Task SubtractAsync(DbConnection connection, DbTransaction transaction, string documentId, CancellationToken cancellationToken = default) =>
        RunAsync(connection, transaction, documentId, [RemoveFromCooccurrence, RemoveFromAliases, RemoveFromEntities], cancellationToken);

    private static async Task RunAsync(DbConnection connection, DbTransaction transaction, string documentId, string[] statements, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, string.Join('\n', statements));
        command.Add("@doc", documentId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
