using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Relational;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Storage.Sqlite;

/// <summary>The graph store on one SQLite file (the embedded default): <see cref="RelationalGraphStore"/> on a <see cref="SqliteBackend"/>.</summary>
public sealed class SqliteGraphStore : RelationalGraphStore
{
    /// <summary>The write-ahead log size past which the periodic checkpoint empties it.</summary>
    public const long WalLimitBytes = WalCheckpointer.LimitBytes;

    public SqliteGraphStore(IOptions<GraphStoreOptions> options, ILogger<SqliteGraphStore> logger, TimeProvider timeProvider)
        : base(new SqliteBackend((options ?? throw new ArgumentNullException(nameof(options))).Value, logger, timeProvider), logger, timeProvider)
    {
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath => ((SqliteBackend)Backend).DatabasePath;

    /// <summary>Empties the write-ahead log into the database file now when it is past its limit (done every checkpoint interval anyway).</summary>
    public Task<bool> CheckpointAsync(CancellationToken cancellationToken = default) => ((SqliteBackend)Backend).CheckpointAsync(cancellationToken);
}
