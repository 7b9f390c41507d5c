namespace EntityGraph.Storage;

/// <summary>One row of a user alias table: the entity (created when missing), its type, a name, its language and the name's key.</summary>
public sealed record AliasImportRow(string EntityId, string Type, string Name, string Language, string NormalizedKey);
