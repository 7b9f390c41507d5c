using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// What a SQL database must provide for <see cref="RelationalGraphStore"/>: connections, a write transaction that
/// serializes writers across processes, schema migration, and the few SQL fragments that differ between dialects. Each
/// backend (Storage.Sqlite, Storage.Postgres) implements one; the queries and rules are written once above it.
/// </summary>
public abstract class RelationalBackend : IDisposable
{
    /// <summary>The provider name used in configuration (<c>sqlite</c>, <c>postgresql</c>).</summary>
    public abstract string ProviderName { get; }

    /// <summary>Where the data lives, for messages and logs (a file path, or host/database without the password).</summary>
    public abstract string Location { get; }

    /// <summary>The SQL fragments of this dialect.</summary>
    public abstract SqlDialect Dialect { get; }

    /// <summary>Opens a configured connection.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Begins a transaction that holds the store's write lock until it ends, so that writes from every process on the
    /// same database run one at a time and counts stay exact.
    /// </summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default);

    /// <summary>
    /// Brings the schema to the latest version once, even when several processes start at the same time; returns the
    /// version found before and the version now.
    /// </summary>
    public abstract Task<(int Before, int After)> MigrateAsync(TimeProvider clock, CancellationToken cancellationToken = default);

    /// <summary>Sets id counters (mention and link decision ids) past the highest stored id after rows were copied in with their ids.</summary>
    public abstract Task ResetIdentitiesAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken = default);

    /// <summary>The database's own integrity check: (true, "ok") when intact, else false and what it found.</summary>
    public abstract Task<(bool Ok, string Detail)> CheckIntegrityAsync(DbConnection connection, CancellationToken cancellationToken = default);

    /// <summary>Releases pooled connections.</summary>
    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
    }

    /// <summary>Logs that the store is ready at <paramref name="version"/>.</summary>
    public virtual void LogReady(ILogger logger, int version)
    {
        GraphStoreLog.SchemaReady(logger, ProviderName, Location, version);
    }
}
