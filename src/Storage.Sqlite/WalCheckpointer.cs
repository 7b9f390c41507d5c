using EntityGraph.Storage.Relational;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Sqlite;

/// <summary>
/// Keeps the write-ahead log bounded. SQLite's automatic checkpoints are passive: they copy pages back but restart the
/// log only when no reader is using it, so a server that always has a query running lets the log grow without end
/// (1.2 GB for a 37 MB database in a 7-minute load run), and every read walks a longer log index. Every interval this
/// checks the log's size and, past <see cref="LimitBytes"/>, runs a <c>TRUNCATE</c> checkpoint, which waits (up to the
/// busy timeout) for the readers of the old log to finish and then empties it.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    /// <summary>The log size past which a truncating checkpoint runs.</summary>
    public const long LimitBytes = 16L * 1024 * 1024;

    private readonly SqliteConnections _connections;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public WalCheckpointer(SqliteConnections connections, TimeSpan interval, TimeProvider clock, ILogger logger)
    {
        _connections = connections;
        _logger = logger;
        _timer = clock.CreateTimer(_ => _ = CheckAsync(_stopping.Token), null, interval, interval);
    }

    private string LogPath => _connections.DatabasePath + "-wal";

    /// <summary>Checkpoints and truncates the log when it is past the limit (after any check already running); false when it was not.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        try
        {
            var log = new FileInfo(LogPath);
            if (!log.Exists || log.Length <= LimitBytes)
            {
                return false;
            }

            await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var busy = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && reader.GetInt64(0) != 0;
            GraphStoreLog.WalCheckpointed(_logger, _connections.DatabasePath, log.Length, busy);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            GraphStoreLog.WalCheckpointFailed(_logger, _connections.DatabasePath, ex);
            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _timer.Dispose();
    }
}
