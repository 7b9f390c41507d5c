using EntityGraph.Storage;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Grains.Jobs;

/// <summary>
/// Runs one stored ingest job to its end: marks it RUNNING, reads its paths into items unless all were added before (an
/// origin already there is not added again), then sends pending items to their document grains, <c>parallelism</c> at a
/// time, and records each batch's completions (and the heartbeat) in one store transaction. Stops when the job is
/// cancelled. An item whose grain call failed for a passing reason (a silo left) stays pending and is tried again in a
/// later pass, at most <see cref="MaxPasses"/> times.
/// </summary>
public sealed class IngestJobRunner(IJobStore store, IGrainFactory grains, IIngestJobSource? source, ILogger logger)
{
    /// <summary>Passes over the items still pending before the remaining ones fail.</summary>
    public const int MaxPasses = 5;

    private const int AddBatch = 200;

    /// <summary>Runs the job; returns its state at the end (unchanged when <paramref name="cancellationToken"/> stopped it).</summary>
    public async Task<string> RunAsync(string jobId, Action keepAlive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keepAlive);
        var job = await store.GetJobAsync(jobId, cancellationToken);
        if (job is null || JobStates.IsFinished(job.State))
        {
            return job?.State ?? JobStates.Failed;
        }

        IngestJobSpec spec;
        try
        {
            spec = IngestJobSpec.Parse(job.Options);
        }
        catch (GraphStoreException invalid)
        {
            return (await store.SetJobStateAsync(jobId, JobStates.Failed, invalid.Message, cancellationToken)).State;
        }

        job = await store.SetJobStateAsync(jobId, JobStates.Running, null, cancellationToken);
        JobLog.Running(logger, jobId, job.Counts?.Processed ?? 0, job.Counts?.Total ?? 0);
        if (!job.ItemsComplete)
        {
            if (spec.Paths is not { Count: > 0 } paths || source is null)
            {
                var reason = source is null ? "this silo cannot read paths" : "the job's documents were not stored";
                return (await store.SetJobStateAsync(jobId, JobStates.Failed, reason, cancellationToken)).State;
            }

            await AddSourceItemsAsync(jobId, spec, job.Actor, paths, source, keepAlive, cancellationToken);
        }

        var attempts = new Dictionary<long, int>();
        for (var pass = 1; ; pass++)
        {
            var (cancelled, left) = await PassAsync(jobId, spec, attempts, pass == MaxPasses, keepAlive, cancellationToken);
            if (cancelled)
            {
                return JobStates.Cancelled;
            }

            if (!left)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(2 * pass), cancellationToken);
        }

        try
        {
            var finished = await store.SetJobStateAsync(jobId, JobStates.Completed, null, cancellationToken);
            JobLog.Finished(logger, jobId, finished.State, finished.Counts?.Processed ?? 0, finished.Counts?.Failed ?? 0);
            return finished.State;
        }
        catch (GraphStoreException changed) when (changed.Code == ErrorCodes.InvalidJobState)
        {
            return (await store.GetJobAsync(jobId, cancellationToken))?.State ?? JobStates.Cancelled;
        }
    }

    private async Task AddSourceItemsAsync(string jobId, IngestJobSpec spec, string? actor, IReadOnlyList<string> paths, IIngestJobSource reader, Action keepAlive, CancellationToken cancellationToken)
    {
        var batch = new List<JobItemWrite>(AddBatch);
        await foreach (var item in reader.ReadAsync(paths, cancellationToken))
        {
            batch.Add(item.Document is { } document
                ? new JobItemWrite(item.Origin, IngestJobSpec.Serialize(spec.Apply(document, actor)))
                : new JobItemWrite(item.Origin, null, item.Skipped ? JobItemStates.Skipped : JobItemStates.Failed, item.Code, item.Message));
            if (batch.Count == AddBatch)
            {
                await store.AddJobItemsAsync(jobId, batch, complete: false, cancellationToken);
                await store.HeartbeatJobAsync(jobId, cancellationToken);
                keepAlive();
                batch.Clear();
            }
        }

        await store.AddJobItemsAsync(jobId, batch, complete: true, cancellationToken);
    }

    /// <summary>One pass over the pending items in sequence order; returns whether the job was cancelled and whether items are left.</summary>
    private async Task<(bool Cancelled, bool Left)> PassAsync(string jobId, IngestJobSpec spec, Dictionary<long, int> attempts, bool last, Action keepAlive, CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(16, spec.Options.Parallelism * 4);
        var after = 0L;
        var left = false;
        while (true)
        {
            var pending = await store.GetPendingJobItemsAsync(jobId, after, batchSize, cancellationToken);
            if (pending.Count == 0)
            {
                return (false, left);
            }

            after = pending[^1].Sequence;
            var results = new JobItemCompletion?[pending.Count];
            using var gate = new SemaphoreSlim(spec.Options.Parallelism);
            await Task.WhenAll(pending.Select(async (item, index) =>
            {
                await gate.WaitAsync(cancellationToken);
                try
                {
                    results[index] = await IngestAsync(item, last, cancellationToken);
                }
                finally
                {
                    gate.Release();
                }
            }));

            var completions = results.OfType<JobItemCompletion>().ToList();
            left |= completions.Count < pending.Count;
            foreach (var retried in pending.Where(item => completions.All(c => c.Sequence != item.Sequence)))
            {
                attempts[retried.Sequence] = attempts.GetValueOrDefault(retried.Sequence) + 1;
            }

            var job = await store.CompleteJobItemsAsync(jobId, completions, cancellationToken);
            keepAlive();
            if (job.State == JobStates.Cancelled)
            {
                return (true, left);
            }
        }
    }

    /// <summary>Ingests one item; null when it failed for a passing reason and should be tried again.</summary>
    private async Task<JobItemCompletion?> IngestAsync(JobItemRecord item, bool last, CancellationToken cancellationToken)
    {
        DocumentInput document;
        try
        {
            document = IngestJobSpec.Deserialize(item.Payload ?? string.Empty);
        }
        catch (System.Text.Json.JsonException invalid)
        {
            return new JobItemCompletion(item.Sequence, JobItemStates.Failed, Code: ErrorCodes.InvalidInput, Message: invalid.Message);
        }

        try
        {
            var result = await grains.GetGrain<IDocumentGrain>(document.Id).IngestAsync(document, cancellationToken);
            return new JobItemCompletion(item.Sequence, JobItemStates.Done, result.DocumentId, result.Outcome);
        }
        catch (EntityGraphException rejected) when (!rejected.Retryable || last)
        {
            return new JobItemCompletion(item.Sequence, JobItemStates.Failed, document.Id, Code: rejected.Code, Message: rejected.Message);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            JobLog.ItemRetried(logger, item.JobId, item.Origin, failure.Message);
            return last ? new JobItemCompletion(item.Sequence, JobItemStates.Failed, document.Id, Code: "INTERNAL_ERROR", Message: failure.Message) : null;
        }
    }
}
