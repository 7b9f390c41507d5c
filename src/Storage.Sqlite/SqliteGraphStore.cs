using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Relational;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Storage.Sqlite;

/// <summary>The graph store on one SQLite file (the embedded default): <see cref="RelationalGraphStore"/> on a <see cref="SqliteBackend"/>.</summary>
public sealed class SqliteGraphStore : RelationalGraphStore
{
    public SqliteGraphStore(IOptions<GraphStoreOptions> options, ILogger<SqliteGraphStore> logger, TimeProvider timeProvider)
        : base(new SqliteBackend((options ?? throw new ArgumentNullException(nameof(options))).Value, logger), logger, timeProvider)
    {
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath => ((SqliteBackend)Backend).DatabasePath;
}
