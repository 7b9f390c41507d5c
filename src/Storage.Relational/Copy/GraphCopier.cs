using System.Data.Common;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// Copies a whole graph between two stores of any backends, row for row (ids, counts, link decisions and curation history
/// included), table by table in foreign-key order, in batches that each commit under the target's write lock. Rows the
/// target already has are skipped (<c>ON CONFLICT DO NOTHING</c>), so a copy that was interrupted is finished by running
/// it again with <c>resume</c>. The source should not be written while it is copied.
/// </summary>
public sealed class GraphCopier(RelationalGraphStore source, RelationalGraphStore target)
{
    /// <summary>Rows per committed batch.</summary>
    public int BatchRows { get; init; } = 2_000;

    /// <summary>
    /// Copies every table. Without <paramref name="resume"/> the target must hold no entities or documents; with it, rows
    /// already there are kept. Returns the row counts of both sides after the copy.
    /// </summary>
    public async Task<GraphCopyResult> CopyAsync(bool resume, IProgress<GraphCopyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        await source.InitializeAsync(cancellationToken).ConfigureAwait(false);
        await target.InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (!resume && (await CountAsync(target.Backend, "entities", cancellationToken).ConfigureAwait(false) > 0
                        || await CountAsync(target.Backend, "documents", cancellationToken).ConfigureAwait(false) > 0))
        {
            throw new GraphStoreException(
                ErrorCodes.InvalidQuery,
                $"The target store {target.Backend.Location} is not empty; copy into an empty store, or resume an interrupted copy into this one.");
        }

        foreach (var (table, orderBy) in GraphTables.All)
        {
            await CopyTableAsync(table, orderBy, progress, cancellationToken).ConfigureAwait(false);
        }

        await using (var connection = await target.Backend.OpenAsync(cancellationToken).ConfigureAwait(false))
        await using (var transaction = await target.Backend.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            await target.Backend.ResetIdentitiesAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var counts = new List<(string, long, long)>();
        foreach (var (table, _) in GraphTables.All)
        {
            counts.Add((table,
                await CountAsync(source.Backend, table, cancellationToken).ConfigureAwait(false),
                await CountAsync(target.Backend, table, cancellationToken).ConfigureAwait(false)));
        }

        return new GraphCopyResult(counts);
    }

    private async Task CopyTableAsync(string table, string orderBy, IProgress<GraphCopyProgress>? progress, CancellationToken cancellationToken)
    {
        var total = await CountAsync(source.Backend, table, cancellationToken).ConfigureAwait(false);
        await using var reading = await source.Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Sql.Command(reading, null, $"SELECT * FROM {table} ORDER BY {orderBy};");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var batch = new List<object?[]>(BatchRows);
        long copied = 0;
        progress?.Report(new GraphCopyProgress(table, 0, total, Finished: false));
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new object?[columns.Length];
            reader.GetValues(row!);
            batch.Add(row);
            if (batch.Count == BatchRows)
            {
                copied += await WriteBatchAsync(table, columns, batch, cancellationToken).ConfigureAwait(false);
                progress?.Report(new GraphCopyProgress(table, copied, total, Finished: false));
            }
        }

        copied += await WriteBatchAsync(table, columns, batch, cancellationToken).ConfigureAwait(false);
        progress?.Report(new GraphCopyProgress(table, copied, total, Finished: true));
    }

    private async Task<int> WriteBatchAsync(string table, string[] columns, List<object?[]> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        await using var connection = await target.Backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await target.Backend.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var values = rows.Select(row => row.Select(value => value is DBNull ? null : value).ToArray()).ToList();
        await Sql.InsertRowsAsync(connection, transaction, $"INSERT INTO {table} ({string.Join(", ", columns)})", values, "ON CONFLICT DO NOTHING", cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var count = rows.Count;
        rows.Clear();
        return count;
    }

    private static async Task<long> CountAsync(RelationalBackend backend, string table, CancellationToken cancellationToken)
    {
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, $"SELECT COUNT(*) FROM {table};");
        return Sql.ScalarInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
    }
}
