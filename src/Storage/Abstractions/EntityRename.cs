namespace EntityGraph.Storage;

/// <summary>Give an entity a new canonical name; the name's key is also registered for it when no entity holds it.</summary>
public sealed record EntityRename(string EntityId, string CanonicalName, string NormalizedKey, string? Reason = null);
