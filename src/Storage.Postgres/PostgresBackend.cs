using System.Data.Common;
using System.Globalization;
using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Relational;
using Npgsql;

namespace EntityGraph.Storage.Postgres;

/// <summary>
/// The server backend: a PostgreSQL database shared by every silo and CLI process. Connections come from one pooled
/// <see cref="NpgsqlDataSource"/>. Writers are serialized across processes by a transaction-scoped advisory lock on the
/// schema (held until commit or rollback, waited for up to the busy timeout), so two processes linking the same new
/// entity at the same moment write it once and every count stays exact; reads never wait. Migrations run in one
/// transaction under another advisory lock, so silos starting together migrate once.
/// </summary>
public sealed class PostgresBackend : RelationalBackend
{
    /// <summary>The provider name in configuration.</summary>
    public const string Name = "postgresql";

    private const string WriteLock = "SELECT pg_advisory_xact_lock(hashtext('entitygraph:write:' || current_schema()));";
    private const string MigrationLock = "SELECT pg_advisory_xact_lock(hashtext('entitygraph:migrate:' || current_schema()));";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _lockTimeout;

    public PostgresBackend(GraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = options.Pooling };
        if (builder.MaxAutoPrepare == 0)
        {
            // The store sends the same few hundred statements again and again: let Npgsql prepare them on the server.
            builder.MaxAutoPrepare = 256;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!SetsPoolSize(options.ConnectionString))
        {
            // Npgsql's default (100) lets a busy silo open dozens of server processes, each warming its own caches and
            // plans; a few per core keep the server's CPU for queries (measured: 52 connections for a 240-document ingest).
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        // Connections carry no session state of ours between operations, so skip the DISCARD ALL round trip on return.
        builder.NoResetOnClose = true;
        Location = Describe(builder);
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        _lockTimeout = string.Create(CultureInfo.InvariantCulture, $"SET LOCAL lock_timeout = {(long)options.BusyTimeout.TotalMilliseconds};");
    }

    /// <summary>Connections per silo when the connection string does not say (<c>Maximum Pool Size</c>).</summary>
    public static int DefaultMaxPoolSize { get; } = Math.Clamp(Environment.ProcessorCount * 4, 8, 100);

    public override string ProviderName => Name;

    public override string Location { get; }

    public override SqlDialect Dialect => PostgresDialect.Instance;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = _lockTimeout + WriteLock;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// PostgreSQL replays its write-ahead log after a crash, so an open connection means a consistent database; the check
    /// confirms the server answers and reports its version.
    /// </summary>
    public override async Task<(bool Ok, string Detail)> CheckIntegrityAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "SHOW server_version;";
        var version = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return (true, $"ok (PostgreSQL {version}, crash-safe by its write-ahead log)");
    }

    public override async Task<(int Before, int After)> MigrateAsync(TimeProvider clock, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var migration = new SchemaMigration(connection, transaction, Location, clock);
        await migration.ExecuteAsync(_lockTimeout + MigrationLock, cancellationToken).ConfigureAwait(false);
        if (await migration.ScalarAsync("SELECT current_schema();", cancellationToken).ConfigureAwait(false) is not string)
        {
            throw new GraphStoreException(
                ErrorCodes.StorageFailure,
                $"The PostgreSQL store at {Location} has no schema to create tables in: the connection's search path names no existing schema.");
        }

        var current = await migration.CurrentVersionAsync(PostgresSchemaScripts.CreateVersionTable, PostgresSchemaScripts.Latest, cancellationToken).ConfigureAwait(false);
        for (var version = current + 1; version <= PostgresSchemaScripts.Latest; version++)
        {
            await migration.ApplyAsync(version, PostgresSchemaScripts.Versions[version - 1], cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (current, PostgresSchemaScripts.Latest);
    }

    public override async Task ResetIdentitiesAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT setval(pg_get_serial_sequence('mention_rows', 'id'), COALESCE((SELECT MAX(id) FROM mention_rows), 0) + 1, false);
            SELECT setval(pg_get_serial_sequence('mention_reviews', 'id'), COALESCE((SELECT MAX(id) FROM mention_reviews), 0) + 1, false);
            SELECT setval(pg_get_serial_sequence('link_decisions', 'id'), COALESCE((SELECT MAX(id) FROM link_decisions), 0) + 1, false);
            """;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _dataSource.Dispose();
        base.Dispose();
    }

    /// <summary>host:port/database (search path), never the password.</summary>
    private static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        var path = string.IsNullOrEmpty(builder.SearchPath) ? string.Empty : $" (search path {builder.SearchPath})";
        return string.Create(CultureInfo.InvariantCulture, $"postgresql://{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}{path}");
    }

    private static bool SetsPoolSize(string? connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>()
            .Select(key => key.Replace(" ", string.Empty, StringComparison.Ordinal))
            .Any(key => key.Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase) || key.Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase));
    }
}
