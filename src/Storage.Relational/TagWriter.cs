using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Relational;

/// <summary>Applies a manual tag change to one document in one write transaction.</summary>
internal sealed class TagWriter(RelationalBackend backend, SemaphoreSlim writeGate, ILogger logger)
{
    public async Task<bool> ChangeAsync(TagChange change, CancellationToken cancellationToken = default)
    {
        change = DocumentWriteValidator.ValidateTagChange(change);
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await backend.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (var exists = Sql.Command(connection, transaction, "SELECT 1 FROM documents WHERE id = @doc;"))
            {
                exists.Add("@doc", change.DocumentId);
                if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
                {
                    return false;
                }
            }

            await ManualTagRows.ApplyAsync(connection, transaction, change.DocumentId, change.Add, change.Remove, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            GraphStoreLog.TagsChanged(logger, change.DocumentId, change.Add.Count, change.Remove.Count);
            return true;
        }
        catch (DbException failure)
        {
            GraphStoreLog.OperationFailed(logger, failure, nameof(ChangeAsync));
            throw new GraphStoreException(
                ErrorCodes.StorageFailure,
                $"Changing the tags of document '{change.DocumentId}' failed and was rolled back: {failure.Message}",
                failure);
        }
        finally
        {
            writeGate.Release();
        }
    }
}
