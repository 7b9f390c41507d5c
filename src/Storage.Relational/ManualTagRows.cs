using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// Adds and removes manual tags inside a caller's write transaction, for tag changes and for document writes alike, and
/// keeps a document within <see cref="StorageLimits.MaxManualTags"/> manual tags.
/// </summary>
internal static class ManualTagRows
{
    private const string AddManual = """
        INSERT INTO tags (document_id, name, manual, score) VALUES (@doc, @name, 1, 1.0)
        ON CONFLICT (document_id, name) DO UPDATE SET name = excluded.name, manual = 1, score = 1.0;
        """;

    private const string Remove = "DELETE FROM tags WHERE document_id = @doc AND name = @name;";

    public static async Task ApplyAsync(DbConnection connection, DbTransaction transaction, string documentId, IReadOnlyList<string> add, IReadOnlyList<string> remove, CancellationToken cancellationToken = default)
    {
        if (add.Count == 0 && remove.Count == 0)
        {
            return;
        }

        foreach (var (text, names) in new[] { (Remove, remove), (AddManual, add) })
        {
            await using var command = Sql.Command(connection, transaction, text);
            command.Add("@doc", documentId);
            var name = command.Parameter("@name", System.Data.DbType.String);
            foreach (var tag in names)
            {
                name.Value = tag;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using var count = Sql.Command(connection, transaction, "SELECT COUNT(*) FROM tags WHERE document_id = @doc AND manual = 1;");
        count.Add("@doc", documentId);
        var manual = Sql.ScalarInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        if (manual > StorageLimits.MaxManualTags)
        {
            throw new GraphStoreException(
                ErrorCodes.InvalidTag,
                $"Document '{documentId}' would carry {manual} manual tags; the limit is {StorageLimits.MaxManualTags}.");
        }
    }
}
