using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Sqlite;

/// <summary>Brings the database file to the latest schema version in one transaction.</summary>
internal sealed class SchemaMigrator(GraphStoreConnections connections, ILogger logger, TimeProvider clock)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(connections.DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var journal = Sql.Command(connection, null, "PRAGMA journal_mode = WAL;"))
        {
            var mode = Convert.ToString(await journal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                GraphStoreLog.WalUnavailable(logger, connections.DatabasePath, mode ?? "unknown");
            }
        }

        await using var transaction = connection.BeginTransaction(deferred: false);
        await ExecuteAsync(connection, transaction, SchemaScripts.CreateVersionTable, cancellationToken).ConfigureAwait(false);
        int current;
        await using (var read = Sql.Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version;"))
        {
            current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (current > SchemaScripts.Latest)
        {
            throw new GraphStoreException(
                GraphStoreErrorCodes.UnsupportedSchema,
                $"The graph store at '{connections.DatabasePath}' has schema version {current}; this build knows up to {SchemaScripts.Latest}.");
        }

        for (var version = current + 1; version <= SchemaScripts.Latest; version++)
        {
            await ExecuteAsync(connection, transaction, SchemaScripts.Versions[version - 1], cancellationToken).ConfigureAwait(false);
            if (version == SchemaScripts.KeyGramsVersion)
            {
                await KeyRegistry.BackfillGramsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            }

            await using var record = Sql.Command(connection, transaction, "INSERT INTO schema_version (version, applied_at) VALUES (@version, @at);");
            record.Parameters.AddWithValue("@version", version);
            record.Parameters.AddWithValue("@at", clock.GetUtcNow().UtcTicks);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (current < SchemaScripts.Latest)
        {
            GraphStoreLog.SchemaMigrated(logger, connections.DatabasePath, current, SchemaScripts.Latest);
        }
        else
        {
            GraphStoreLog.SchemaReady(logger, connections.DatabasePath, current);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string text, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, text);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
