namespace EntityGraph.Storage;

/// <summary>A (type, normalized key) link to an entity.</summary>
public sealed record EntityKeyRecord(string Type, string NormalizedKey, string EntityId);
