using System.Data.Common;
using System.Globalization;
using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Relational;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Sqlite;

/// <summary>
/// The embedded backend: one SQLite file in WAL mode. Writers are serialized across processes by <c>BEGIN IMMEDIATE</c>
/// (waiting up to the busy timeout); the schema is migrated in one immediate transaction, so two processes opening a new
/// file migrate it once. The write-ahead log is kept bounded by <see cref="WalCheckpointer"/>.
/// </summary>
public sealed class SqliteBackend : RelationalBackend
{
    /// <summary>The provider name in configuration.</summary>
    public const string Name = "sqlite";

    private readonly SqliteConnections _connections;
    private readonly ILogger _logger;
    private readonly WalCheckpointer _checkpointer;

    public SqliteBackend(GraphStoreOptions options, ILogger logger, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(clock);
        _connections = new SqliteConnections(options);
        _logger = logger;
        _checkpointer = new WalCheckpointer(_connections, options.CheckpointInterval, clock, logger);
    }

    public override string ProviderName => Name;

    public override string Location => _connections.DatabasePath;

    public override SqlDialect Dialect => SqliteDialect.Instance;

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath => _connections.DatabasePath;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    /// <summary>SQLite's <c>PRAGMA quick_check</c>: "ok", or the problems it lists.</summary>
    public override async Task<(bool Ok, string Detail)> CheckIntegrityAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check;";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            lines.Add(reader.GetString(0));
        }

        var detail = string.Join("; ", lines);
        return (detail == "ok", detail);
    }

    public override async Task<(int Before, int After)> MigrateAsync(TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var journal = connection.CreateCommand())
        {
            journal.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = Convert.ToString(await journal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                GraphStoreLog.WalUnavailable(_logger, DatabasePath, mode ?? "unknown");
            }
        }

        await using var transaction = connection.BeginTransaction(deferred: false);
        var migration = new SchemaMigration(connection, transaction, Location, clock);
        var current = await migration.CurrentVersionAsync(SqliteSchemaScripts.CreateVersionTable, SqliteSchemaScripts.Latest, cancellationToken).ConfigureAwait(false);
        for (var version = current + 1; version <= SqliteSchemaScripts.Latest; version++)
        {
            await migration.ApplyAsync(version, SqliteSchemaScripts.Versions[version - 1], cancellationToken).ConfigureAwait(false);
            if (version == SqliteSchemaScripts.KeyGramsVersion)
            {
                await migration.BackfillKeyGramsAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (current, SqliteSchemaScripts.Latest);
    }

    public override Task ResetIdentitiesAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Empties the write-ahead log into the database file now when it is past its limit (see <see cref="WalCheckpointer"/>).</summary>
    public Task<bool> CheckpointAsync(CancellationToken cancellationToken = default) => _checkpointer.CheckAsync(cancellationToken);

    public override void Dispose()
    {
        _checkpointer.Dispose();
        _connections.ClearPool();
        base.Dispose();
    }
}
