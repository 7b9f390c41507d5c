using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Relational.Curation;

/// <summary>Runs one curation operation in one immediate transaction behind the store's write gate; any failure rolls it back.</summary>
internal sealed class CurationWriter(RelationalBackend backend, SemaphoreSlim writeGate, ILogger logger, TimeProvider clock)
{
    public async Task<T> RunAsync<T>(string operation, Func<DbConnection, DbTransaction, long, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await backend.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            var result = await work(connection, transaction, clock.GetUtcNow().UtcTicks).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            GraphStoreLog.Curated(logger, operation);
            return result;
        }
        catch (GraphStoreException rejected)
        {
            GraphStoreLog.CurationRejected(logger, operation, rejected.Code, rejected.Message);
            throw;
        }
        catch (DbException failure)
        {
            GraphStoreLog.OperationFailed(logger, failure, operation);
            throw new GraphStoreException(ErrorCodes.StorageFailure, $"{operation} failed and was rolled back: {failure.Message}", failure);
        }
        finally
        {
            writeGate.Release();
        }
    }
}
