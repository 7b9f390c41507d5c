namespace EntityGraph.Storage;

/// <summary>How central an entity is to one document, in [0,1].</summary>
public sealed record EntitySalienceWrite(string EntityId, double Salience);
