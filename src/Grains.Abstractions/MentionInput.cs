namespace EntityGraph.Grains;

/// <summary>An annotated entity mention: a UTF-16 span of the document text, its entity type and confidence in [0,1].</summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.MentionInput.v1")]
public sealed record MentionInput(
    [property: Id(0)] int Start,
    [property: Id(1)] int End,
    [property: Id(2)] string Type,
    [property: Id(3)] double Confidence = 1.0);
