namespace EntityGraph.Grains;

/// <summary>A span of the text in one language and the model that served it.</summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.LanguagePart.v1")]
public sealed record LanguagePart(
    [property: Id(0)] int Start,
    [property: Id(1)] int End,
    [property: Id(2)] string Language,
    [property: Id(3)] double Confidence,
    [property: Id(4)] string ModelId,
    [property: Id(5)] bool UsedFallback);
