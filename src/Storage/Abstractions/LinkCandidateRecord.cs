namespace EntityGraph.Storage;

/// <summary>
/// A stored entity found for a <see cref="LinkCandidateQuery"/>: the names that matched the key as whole words, its keys
/// similar by trigrams, and the context entities it co-occurs with in some document.
/// </summary>
public sealed record LinkCandidateRecord(
    EntityRecord Entity,
    IReadOnlyList<string> MatchedNames,
    IReadOnlyList<string> SimilarKeys,
    IReadOnlyList<string> SharedContextEntityIds);
