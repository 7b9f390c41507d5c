using System.Globalization;
using System.Runtime.CompilerServices;
using EntityGraph.Storage.Configuration;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace EntityGraph.Storage.Sqlite;

/// <summary>
/// Opens one configured connection per operation on the store's database file, with the functions the shared SQL calls
/// that SQLite lacks or names differently (<c>ln</c>, two-argument <c>greatest</c>, as PostgreSQL has them).
/// </summary>
internal sealed class SqliteConnections
{
    /// <summary>
    /// Page cache per connection. A server pools a connection per concurrent request, each filling its own cache as the
    /// store grows (SQLite's default is 2 MB each); the operating system caches the file for all of them anyway.
    /// </summary>
    private const int PageCacheKibibytes = 512;

    private readonly string _connectionString;
    private readonly string _sessionPragmas;

    /// <summary>
    /// Database handles whose session pragmas are set. The pool hands the same handle out again and again; the pragmas
    /// outlive each use, so they run once per handle rather than on every open (tens of opens per ingested document).
    /// </summary>
    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];

    public SqliteConnections(GraphStoreOptions options)
    {
        DatabasePath = options.DatabasePath;
        var timeoutSeconds = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = options.Pooling,
            ForeignKeys = true,
            DefaultTimeout = timeoutSeconds,
        }.ToString();
        var busyMilliseconds = (long)options.BusyTimeout.TotalMilliseconds;
        _sessionPragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {busyMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -{PageCacheKibibytes};");
    }

    public string DatabasePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.CreateFunction("ln", (double value) => Math.Log(value), isDeterministic: true);
            connection.CreateFunction("greatest", (double a, double b) => Math.Max(a, b), isDeterministic: true);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (connection.Handle is not { } handle || !_configured.TryGetValue(handle, out _))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = _sessionPragmas;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                if (connection.Handle is { } opened)
                {
                    _configured.AddOrUpdate(opened, this);
                }
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
