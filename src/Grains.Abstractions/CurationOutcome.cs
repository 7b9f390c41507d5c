namespace EntityGraph.Grains;

/// <summary>
/// The entity a curation left (merge target, renamed or aliased entity, new entity of a split), the other entity involved
/// (the original entity of a split) and the ids a merge deleted.
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.CurationOutcome.v1")]
public sealed record CurationOutcome(
    [property: Id(0)] string EntityId,
    [property: Id(1)] string? OtherEntityId,
    [property: Id(2)] IReadOnlyList<string> RemovedEntityIds);
