namespace EntityGraph.Grains;

/// <summary>
/// A part of a text in one language as language detection splits it: UTF-16 offsets into the text (end exclusive), the
/// ISO 639-1 code ("und" when undetermined) and the detector's confidence in [0,1].
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.DetectedLanguagePart.v1")]
public sealed record DetectedLanguagePart(
    [property: Id(0)] int Start,
    [property: Id(1)] int End,
    [property: Id(2)] string Language,
    [property: Id(3)] double Confidence);
