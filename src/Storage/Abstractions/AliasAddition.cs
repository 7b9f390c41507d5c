namespace EntityGraph.Storage;

/// <summary>A manual alias of an entity in one language; its key links to the entity unless another entity holds it. <see cref="Actor"/> (the API key's name, null without one) is recorded with the decision.</summary>
public sealed record AliasAddition(string EntityId, string Name, string Language, string NormalizedKey, string? Reason = null, string? Actor = null);
