namespace EntityGraph.Grains;

/// <summary>
/// One grain per batch ingest job (key: the job id). The job, its items and its progress live in the store
/// (<see cref="EntityGraph.Storage.IJobStore"/>); the grain runs the job in the background of its activation: it reads
/// the sources into items, then sends pending items to their document grains (spread over the cluster), recording
/// completions in batches. A job whose activation was lost (silo stopped or killed) is resumed by
/// <see cref="ResumeAsync"/>, which every silo calls for unfinished jobs; ingest is idempotent, so items whose
/// completion was not recorded are simply done again.
/// </summary>
[Alias("EntityGraph.IIngestJobGrain")]
public interface IIngestJobGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the job (QUEUED; inline documents as items) and starts running it; returns once it is stored.
    /// INVALID_INPUT for neither or both of paths and documents or bad options; KEY_CONFLICT when the id is taken.
    /// </summary>
    [Alias("Start")]
    Task StartAsync(IngestJobRequest request, CancellationToken cancellationToken = default);

    /// <summary>Runs the stored job here unless it is running already or finished; false for an unknown or finished job.</summary>
    [Alias("Resume")]
    Task<bool> ResumeAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks the job CANCELLED and stops taking items; NOT_FOUND for an unknown job, INVALID_JOB_STATE for a finished one.</summary>
    [Alias("Cancel")]
    Task CancelAsync(CancellationToken cancellationToken = default);
}
