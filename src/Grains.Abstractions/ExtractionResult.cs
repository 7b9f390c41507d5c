namespace EntityGraph.Grains;

/// <summary>
/// The result of extraction over a whole text. <see cref="UsedFallback"/> is true when any part was served by
/// the multilingual fallback because its language has no model of its own or could not be detected.
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.ExtractionResult.v1")]
public sealed record ExtractionResult(
    [property: Id(0)] string Language,
    [property: Id(1)] double LanguageConfidence,
    [property: Id(2)] bool UsedFallback,
    [property: Id(3)] IReadOnlyList<ExtractedEntity> Entities,
    [property: Id(4)] IReadOnlyList<LanguagePart> Parts);
