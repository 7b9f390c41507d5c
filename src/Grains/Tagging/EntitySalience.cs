namespace EntityGraph.Grains.Tagging;

/// <summary>How central an entity is to one document, a score in [0,1].</summary>
public sealed record EntitySalience(string EntityId, string Type, string Name, double Score);
