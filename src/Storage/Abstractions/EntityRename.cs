namespace EntityGraph.Storage;

/// <summary>Give an entity a new canonical name; the name's key is also registered for it when no entity holds it. <see cref="Actor"/> (the API key's name, null without one) is recorded with the decision.</summary>
public sealed record EntityRename(string EntityId, string CanonicalName, string NormalizedKey, string? Reason = null, string? Actor = null);
