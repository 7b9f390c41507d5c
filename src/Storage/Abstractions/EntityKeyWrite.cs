namespace EntityGraph.Storage;

/// <summary>A (type, normalized key) that should link to an entity from now on, registered only when no entity holds it.</summary>
public sealed record EntityKeyWrite(string Type, string NormalizedKey, string EntityId);
