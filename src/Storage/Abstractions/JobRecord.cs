namespace EntityGraph.Storage;

/// <summary>
/// A stored batch job. <see cref="Kind"/> is what it does (<c>ingest</c>); <see cref="Options"/> its options as a JSON
/// object; <see cref="Actor"/> who started it; <see cref="ItemsComplete"/> whether every item has been added (a job
/// still reading its sources is resumed by reading them again); <see cref="Error"/> why a FAILED job failed.
/// </summary>
public sealed record JobRecord(
    string Id,
    string Kind,
    string State,
    string Options,
    string? Actor,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    DateTimeOffset? HeartbeatAt = null,
    bool ItemsComplete = false,
    JobCounts? Counts = null,
    string? Error = null);
