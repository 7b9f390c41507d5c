namespace EntityGraph.Grains;

/// <summary>An entity mention found in a text; Start/End are UTF-16 offsets into the original text.</summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.ExtractedEntity.v1")]
public sealed record ExtractedEntity(
    [property: Id(0)] int Start,
    [property: Id(1)] int End,
    [property: Id(2)] string Text,
    [property: Id(3)] string Type,
    [property: Id(4)] double Confidence,
    [property: Id(5)] string ModelId,
    [property: Id(6)] string Language,
    [property: Id(7)] string? EntityId = null);
