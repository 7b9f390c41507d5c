namespace EntityGraph.Grains;

/// <summary>
/// An entity mention found in a text; Start/End are UTF-16 offsets into the original text. <see cref="Status"/> is where
/// its calibrated confidence routes it (ACCEPTED, IN_REVIEW or REJECTED at <see cref="AcceptThreshold"/> and the reject
/// threshold of its language and type); null before routing.
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.ExtractedEntity.v1")]
public sealed record ExtractedEntity(
    [property: Id(0)] int Start,
    [property: Id(1)] int End,
    [property: Id(2)] string Text,
    [property: Id(3)] string Type,
    [property: Id(4)] double Confidence,
    [property: Id(5)] string ModelId,
    [property: Id(6)] string Language,
    [property: Id(7)] string? EntityId = null,
    [property: Id(8)] string? Status = null,
    [property: Id(9)] double? AcceptThreshold = null);
