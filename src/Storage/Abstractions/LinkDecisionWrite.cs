namespace EntityGraph.Storage;

/// <summary>
/// Why a document's mentions of <see cref="Surface"/> were linked to <see cref="EntityId"/>: the kind of link (exact,
/// alias, partial, fuzzy, new, candidate, in-document), a score in [0,1], a readable reason, the closest entity that was not
/// taken (for candidates) and the co-occurring entities that supported the link.
/// </summary>
public sealed record LinkDecisionWrite(
    string EntityId,
    string Surface,
    string Kind,
    double Score,
    string Reason,
    string? CandidateEntityId = null,
    IReadOnlyList<string>? SharedEntityIds = null);
