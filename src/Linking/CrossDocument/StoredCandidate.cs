namespace EntityGraph.Linking.CrossDocument;

/// <summary>
/// A stored entity that may be the same as a document's mention cluster: the names of it that matched the cluster's key
/// as a whole word sequence (<see cref="MatchedNames"/>), its normalized keys that share character trigrams with the
/// cluster's key (<see cref="SimilarKeys"/>), and the entities it co-occurs with that the document also mentions.
/// </summary>
public sealed record StoredCandidate(
    string EntityId,
    string Type,
    string CanonicalName,
    string NormalizedKey,
    int MentionCount,
    IReadOnlyList<string> MatchedNames,
    IReadOnlyList<string> SimilarKeys,
    IReadOnlyList<string> SharedContextEntityIds);
