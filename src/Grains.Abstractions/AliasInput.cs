namespace EntityGraph.Grains;

/// <summary>One row of a user alias table: an entity id (created when missing), its type, one of its names and the name's language ("und" when null).</summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.AliasInput.v1")]
public sealed record AliasInput(
    [property: Id(0)] string EntityId,
    [property: Id(1)] string Type,
    [property: Id(2)] string Name,
    [property: Id(3)] string? Language = null);
