using System.Data.Common;

namespace EntityGraph.Storage.Relational.Jobs;

/// <summary>The jobs and job_items tables: writes inside the store's write transactions, reads on their own connection.</summary>
internal sealed class JobRows(RelationalBackend backend)
{
    private const string JobColumns = "id, kind, state, options, actor, created_at, started_at, finished_at, heartbeat_at, items_complete, total, processed, created, updated, unchanged, failed, skipped, error";
    private const string ItemColumns = "job_id, sequence, origin, state, payload, document_id, outcome, code, message";

    public static async Task<bool> CreateAsync(DbConnection connection, DbTransaction transaction, JobRecord job, CancellationToken cancellationToken = default)
    {
        JobRules.Validate(job);
        if (await FindAsync(connection, transaction, job.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new GraphStoreException(ErrorCodes.KeyConflict, $"A job with id '{job.Id}' already exists.");
        }

        await using var insert = Sql.Command(connection, transaction, "INSERT INTO jobs (id, kind, state, options, actor, created_at) VALUES (@id, @kind, @state, @options, @actor, @created);");
        insert.Add("@id", job.Id);
        insert.Add("@kind", job.Kind);
        insert.Add("@state", JobStates.Queued);
        insert.Add("@options", job.Options);
        insert.Add("@actor", Sql.ToDb(job.Actor));
        insert.Add("@created", job.CreatedAt.UtcTicks);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public static async Task<int> AddItemsAsync(DbConnection connection, DbTransaction transaction, string jobId, IReadOnlyList<JobItemWrite> items, bool complete, CancellationToken cancellationToken = default)
    {
        _ = await RequireAsync(connection, transaction, jobId, cancellationToken).ConfigureAwait(false);
        long next;
        await using (var last = Sql.Command(connection, transaction, "SELECT COALESCE(MAX(sequence), 0) FROM job_items WHERE job_id = @job;"))
        {
            last.Add("@job", jobId);
            next = Sql.ScalarInt64(await last.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        }

        int added = 0, failed = 0, skipped = 0;
        foreach (var item in items)
        {
            JobRules.Validate(item);
            await using var insert = Sql.Command(
                connection,
                transaction,
                "INSERT INTO job_items (job_id, sequence, origin, state, payload, code, message) VALUES (@job, @sequence, @origin, @state, @payload, @code, @message) ON CONFLICT (job_id, origin) DO NOTHING;");
            insert.Add("@job", jobId);
            insert.Add("@sequence", next + 1);
            insert.Add("@origin", item.Origin);
            insert.Add("@state", item.State);
            insert.Add("@payload", item.State == JobItemStates.Pending ? Sql.ToDb(item.Payload) : DBNull.Value);
            insert.Add("@code", Sql.ToDb(item.Code));
            insert.Add("@message", Sql.ToDb(item.Message));
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                continue;
            }

            next++;
            added++;
            failed += item.State == JobItemStates.Failed ? 1 : 0;
            skipped += item.State == JobItemStates.Skipped ? 1 : 0;
        }

        await using var update = Sql.Command(
            connection,
            transaction,
            "UPDATE jobs SET total = total + @added, processed = processed + @finished, failed = failed + @failed, skipped = skipped + @skipped, items_complete = CASE WHEN @complete = 1 THEN 1 ELSE items_complete END WHERE id = @job;");
        update.Add("@added", added);
        update.Add("@finished", failed + skipped);
        update.Add("@failed", failed);
        update.Add("@skipped", skipped);
        update.Add("@complete", complete ? 1 : 0);
        update.Add("@job", jobId);
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    public static async Task<JobRecord> CompleteItemsAsync(DbConnection connection, DbTransaction transaction, string jobId, IReadOnlyList<JobItemCompletion> completions, long now, CancellationToken cancellationToken = default)
    {
        _ = await RequireAsync(connection, transaction, jobId, cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var completion in completions)
        {
            JobRules.Validate(completion);
            await using var update = Sql.Command(
                connection,
                transaction,
                "UPDATE job_items SET state = @state, payload = NULL, document_id = @document, outcome = @outcome, code = @code, message = @message WHERE job_id = @job AND sequence = @sequence AND state = 'PENDING';");
            update.Add("@state", completion.State);
            update.Add("@document", Sql.ToDb(completion.DocumentId));
            update.Add("@outcome", Sql.ToDb(completion.Outcome));
            update.Add("@code", Sql.ToDb(completion.Code));
            update.Add("@message", Sql.ToDb(completion.Message));
            update.Add("@job", jobId);
            update.Add("@sequence", completion.Sequence);
            if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                continue;
            }

            var column = completion.State switch
            {
                JobItemStates.Failed => "failed",
                JobItemStates.Skipped => "skipped",
                _ => completion.Outcome switch { "Created" => "created", "Updated" => "updated", _ => "unchanged" },
            };
            counts[column] = counts.GetValueOrDefault(column) + 1;
        }

        await using (var update = Sql.Command(
            connection,
            transaction,
            "UPDATE jobs SET processed = processed + @processed, created = created + @created, updated = updated + @updated, unchanged = unchanged + @unchanged, failed = failed + @failed, skipped = skipped + @skipped, heartbeat_at = @now WHERE id = @job;"))
        {
            update.Add("@processed", counts.Values.Sum());
            foreach (var column in new[] { "created", "updated", "unchanged", "failed", "skipped" })
            {
                update.Add("@" + column, counts.GetValueOrDefault(column));
            }

            update.Add("@now", now);
            update.Add("@job", jobId);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await RequireAsync(connection, transaction, jobId, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<JobRecord> SetStateAsync(DbConnection connection, DbTransaction transaction, string jobId, string state, string? error, long now, CancellationToken cancellationToken = default)
    {
        if (!JobStates.All.Contains(state))
        {
            throw new GraphStoreException(ErrorCodes.InvalidInput, $"'{state}' is not a job state; use one of {string.Join(", ", JobStates.All)}.");
        }

        var job = await RequireAsync(connection, transaction, jobId, cancellationToken).ConfigureAwait(false);
        if (JobStates.IsFinished(job.State))
        {
            throw new GraphStoreException(ErrorCodes.InvalidJobState, $"Job '{jobId}' is already {job.State}; a finished job does not change.");
        }

        await using (var update = Sql.Command(
            connection,
            transaction,
            "UPDATE jobs SET state = @state, error = @error, started_at = CASE WHEN @running = 1 AND started_at IS NULL THEN @now ELSE started_at END, finished_at = CASE WHEN @finished = 1 THEN @now ELSE finished_at END, heartbeat_at = @now WHERE id = @job;"))
        {
            update.Add("@state", state);
            update.Add("@error", Sql.ToDb(error ?? job.Error));
            update.Add("@running", state == JobStates.Running ? 1 : 0);
            update.Add("@finished", JobStates.IsFinished(state) ? 1 : 0);
            update.Add("@now", now);
            update.Add("@job", jobId);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await RequireAsync(connection, transaction, jobId, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<bool> HeartbeatAsync(DbConnection connection, DbTransaction transaction, string jobId, long now, CancellationToken cancellationToken = default)
    {
        await using var update = Sql.Command(connection, transaction, "UPDATE jobs SET heartbeat_at = @now WHERE id = @job AND state IN ('QUEUED', 'RUNNING');");
        update.Add("@now", now);
        update.Add("@job", jobId);
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<JobRecord?> GetAsync(string jobId, CancellationToken cancellationToken = default)
    {
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(connection, null, jobId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Page<JobRecord>> ListAsync(JobQuery query, CancellationToken cancellationToken = default)
    {
        QueryArguments.Validate(query.First, query.Offset);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, string.Empty);
        var paged = new PagedQuery(command);
        if (query.State is { } state)
        {
            paged.Where("state = @state", "@state", state);
        }

        return await paged.ReadAsync(JobColumns, "jobs", "created_at DESC, id DESC", query.First, query.Offset, ReadJob, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<JobItemRecord>> GetPendingAsync(string jobId, long afterSequence, int first, CancellationToken cancellationToken = default)
    {
        QueryArguments.Validate(first, 0);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, $"SELECT {ItemColumns} FROM job_items WHERE job_id = @job AND state = 'PENDING' AND sequence > @after ORDER BY sequence LIMIT @first;");
        command.Add("@job", jobId);
        command.Add("@after", afterSequence);
        command.Add("@first", first);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<JobItemRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(ReadItem(reader));
        }

        return items;
    }

    public async Task<Page<JobItemRecord>> GetItemsAsync(JobItemQuery query, CancellationToken cancellationToken = default)
    {
        QueryArguments.Validate(query.First, query.Offset);
        await using var connection = await backend.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, string.Empty);
        var paged = new PagedQuery(command).Where("job_id = @job", "@job", query.JobId);
        if (query.State is { } state)
        {
            paged.Where("state = @state", "@state", state);
        }

        var columns = "job_id, sequence, origin, state, NULL, document_id, outcome, code, message";
        return await paged.ReadAsync(columns, "job_items", "sequence", query.First, query.Offset, ReadItem, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<JobRecord> RequireAsync(DbConnection connection, DbTransaction transaction, string jobId, CancellationToken cancellationToken) =>
        await FindAsync(connection, transaction, jobId, cancellationToken).ConfigureAwait(false)
        ?? throw new GraphStoreException(ErrorCodes.NotFound, $"There is no job with id '{jobId}'.");

    private static async Task<JobRecord?> FindAsync(DbConnection connection, DbTransaction? transaction, string jobId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, $"SELECT {JobColumns} FROM jobs WHERE id = @id;");
        command.Add("@id", jobId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadJob(reader) : null;
    }

    private static DateTimeOffset? Time(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new DateTimeOffset(reader.Int64(ordinal), TimeSpan.Zero);

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static JobRecord ReadJob(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        Text(reader, 4),
        new DateTimeOffset(reader.Int64(5), TimeSpan.Zero),
        Time(reader, 6),
        Time(reader, 7),
        Time(reader, 8),
        reader.Int32(9) != 0,
        new JobCounts(reader.Int32(10), reader.Int32(11), reader.Int32(12), reader.Int32(13), reader.Int32(14), reader.Int32(15), reader.Int32(16)),
        Text(reader, 17));

    private static JobItemRecord ReadItem(DbDataReader reader) => new(
        reader.GetString(0),
        reader.Int64(1),
        reader.GetString(2),
        reader.GetString(3),
        Text(reader, 4),
        Text(reader, 5),
        Text(reader, 6),
        Text(reader, 7),
        Text(reader, 8));
}
