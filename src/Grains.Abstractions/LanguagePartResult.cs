namespace EntityGraph.Grains;

/// <summary>Entities of one language part, offsets relative to the part's text.</summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.LanguagePartResult.v1")]
public sealed record LanguagePartResult(
    [property: Id(0)] string ModelId,
    [property: Id(1)] bool UsedFallback,
    [property: Id(2)] IReadOnlyList<ExtractedEntity> Entities);
