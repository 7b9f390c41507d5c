namespace EntityGraph.Grains;

/// <summary>A normalized mention asking an entity grain which entity it belongs to.</summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.EntityCandidate.v1")]
public sealed record EntityCandidate(
    [property: Id(0)] string Type,
    [property: Id(1)] string NormalizedKey,
    [property: Id(2)] string SurfaceText,
    [property: Id(3)] string Language);
