using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// The steps every backend's migration shares, inside the transaction (and lock) the backend holds: read the recorded
/// schema version, refuse a newer one, apply a version's script and record it, and fill tables that a version added from
/// data stored before it.
/// </summary>
public sealed class SchemaMigration(DbConnection connection, DbTransaction transaction, string location, TimeProvider clock)
{
    /// <summary>Creates the version table when missing and returns the recorded version (0 for a new database).</summary>
    public async Task<int> CurrentVersionAsync(string createVersionTable, int latest, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync(createVersionTable, cancellationToken).ConfigureAwait(false);
        await using var read = Sql.Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version;");
        var current = (int)Sql.ScalarInt64(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        if (current > latest)
        {
            throw new GraphStoreException(
                ErrorCodes.UnsupportedSchema,
                $"The graph store at {location} has schema version {current}; this build knows up to {latest}.");
        }

        return current;
    }

    /// <summary>Runs one version's script and records the version.</summary>
    public async Task ApplyAsync(int version, string script, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync(script, cancellationToken).ConfigureAwait(false);
        await using var record = Sql.Command(connection, transaction, "INSERT INTO schema_version (version, applied_at) VALUES (@version, @at);");
        record.Add("@version", version);
        record.Add("@at", clock.GetUtcNow().UtcTicks);
        await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fills the key trigram index for keys stored before it existed.</summary>
    public Task BackfillKeyGramsAsync(CancellationToken cancellationToken = default) =>
        KeyRegistry.BackfillGramsAsync(connection, transaction, cancellationToken);

    /// <summary>Runs a statement (or several) without parameters.</summary>
    public async Task ExecuteAsync(string text, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, text);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a query and returns its single value.</summary>
    public async Task<object?> ScalarAsync(string text, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, transaction, text);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
