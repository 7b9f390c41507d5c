namespace EntityGraph.Storage;

/// <summary>
/// A stored link decision. <see cref="DocumentId"/> is null for curation decisions (merge, split, rename, alias, import),
/// whose <see cref="CandidateEntityId"/> names the other entity involved (the merged or the original one);
/// <see cref="Actor"/> is the name of the API key that made the change (null when made without a key).
/// </summary>
public sealed record LinkDecisionRecord(
    long Id,
    string EntityId,
    string? DocumentId,
    string Surface,
    string Kind,
    double Score,
    string Reason,
    string? CandidateEntityId,
    IReadOnlyList<string> SharedEntityIds,
    DateTimeOffset CreatedAt,
    string? Actor = null);
