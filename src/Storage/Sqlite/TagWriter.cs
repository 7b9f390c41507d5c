using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Sqlite;

/// <summary>Adds and removes manual tags.</summary>
internal sealed class TagWriter(GraphStoreConnections connections, SemaphoreSlim writeGate, ILogger logger)
{
    private const string AddManual = """
        INSERT INTO tags (document_id, name, manual, score) VALUES (@doc, @name, 1, 1.0)
        ON CONFLICT (document_id, name) DO UPDATE SET name = excluded.name, manual = 1, score = 1.0;
        """;

    private const string Remove = "DELETE FROM tags WHERE document_id = @doc AND name = @name;";

    public async Task<bool> SetAsync(string documentId, string tag, bool present, CancellationToken cancellationToken = default)
    {
        Paging.RequireId(documentId, "The document id");
        var name = DocumentWriteValidator.ValidateTagName(tag);
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using (var exists = Sql.Command(connection, transaction, "SELECT 1 FROM documents WHERE id = @doc;"))
            {
                exists.Parameters.AddWithValue("@doc", documentId);
                if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
                {
                    return false;
                }
            }

            await using (var change = Sql.Command(connection, transaction, present ? AddManual : Remove))
            {
                change.Parameters.AddWithValue("@doc", documentId);
                change.Parameters.AddWithValue("@name", name);
                await change.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            GraphStoreLog.TagSet(logger, documentId, name, present);
            return true;
        }
        catch (SqliteException failure)
        {
            GraphStoreLog.OperationFailed(logger, failure, nameof(SetAsync));
            throw new GraphStoreException(
                GraphStoreErrorCodes.StorageFailure,
                $"Setting tag '{name}' on document '{documentId}' failed and was rolled back: {failure.Message}",
                failure);
        }
        finally
        {
            writeGate.Release();
        }
    }
}
