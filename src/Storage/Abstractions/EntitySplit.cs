namespace EntityGraph.Storage;

/// <summary>
/// Move the mentions <see cref="MentionIds"/> of <see cref="EntityId"/> to a new entity <see cref="NewEntityId"/> named
/// <see cref="CanonicalName"/>; its key <see cref="NormalizedKey"/> is registered only when no entity holds it.
/// <see cref="Actor"/> (the API key's name, null without one) is recorded with the decision.
/// </summary>
public sealed record EntitySplit(string EntityId, IReadOnlyList<long> MentionIds, string NewEntityId, string CanonicalName, string NormalizedKey, string? Reason = null, string? Actor = null);
