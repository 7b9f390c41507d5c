namespace EntityGraph.Linking.CrossDocument;

/// <summary>
/// The outcome of linking one mention cluster. <see cref="EntityId"/> is the stored entity it links to, or null for a new
/// entity; <see cref="CandidateEntityId"/> names the closest stored entity that was not taken; <see cref="Score"/> is in [0,1].
/// </summary>
public sealed record LinkDecision(
    string Kind,
    string? EntityId,
    double Score,
    string Reason,
    string? CandidateEntityId,
    IReadOnlyList<string> SharedEntityIds);
