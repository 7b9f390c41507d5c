namespace EntityGraph.Storage;

/// <summary>
/// Batch jobs kept in the store, so that any silo of a cluster can show, cancel and resume them. A job's counts change in
/// the same transaction as its items, so they always agree with the items.
/// </summary>
public interface IJobStore
{
    /// <summary>Stores a new job in state QUEUED with zero counts; <see cref="ErrorCodes.KeyConflict"/> when the id is taken.</summary>
    Task CreateJobAsync(JobRecord job, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds items after the job's last one; an origin the job already has is left as it is (so reading the sources again
    /// after a restart adds only what is new). Items added in a finished state count as processed at once. With
    /// <paramref name="complete"/> the job is marked as having all its items. Returns how many were added;
    /// <see cref="ErrorCodes.NotFound"/> for an unknown job.
    /// </summary>
    Task<int> AddJobItemsAsync(string jobId, IReadOnlyList<JobItemWrite> items, bool complete, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="first"/> PENDING items after <paramref name="afterSequence"/>, in sequence order, with their payloads.</summary>
    Task<IReadOnlyList<JobItemRecord>> GetPendingJobItemsAsync(string jobId, long afterSequence, int first, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finishes items in one transaction and adds them to the job's counts; an item no longer PENDING is left as it is, so
    /// a completion recorded twice counts once. Records the heartbeat. Returns the job after the change.
    /// </summary>
    Task<JobRecord> CompleteJobItemsAsync(string jobId, IReadOnlyList<JobItemCompletion> completions, CancellationToken cancellationToken = default);

    /// <summary>The job, or null.</summary>
    Task<JobRecord?> GetJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>A page of jobs, newest first.</summary>
    Task<Page<JobRecord>> ListJobsAsync(JobQuery query, CancellationToken cancellationToken = default);

    /// <summary>A page of a job's items (payloads left out).</summary>
    Task<Page<JobItemRecord>> GetJobItemsAsync(JobItemQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves an unfinished job to <paramref name="state"/> (RUNNING sets its start time once; a finished state its end time)
    /// and returns it. A finished job is not changed: <see cref="ErrorCodes.InvalidJobState"/>. <see cref="ErrorCodes.NotFound"/>
    /// for an unknown job.
    /// </summary>
    Task<JobRecord> SetJobStateAsync(string jobId, string state, string? error = null, CancellationToken cancellationToken = default);

    /// <summary>Records that the job's runner is alive now; false for an unknown or finished job.</summary>
    Task<bool> HeartbeatJobAsync(string jobId, CancellationToken cancellationToken = default);
}
