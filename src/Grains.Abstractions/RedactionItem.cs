namespace EntityGraph.Grains;

/// <summary>
/// One redacted span: its type, the operator applied, its score, where it was in the input (<see cref="Start"/>,
/// <see cref="End"/>) and where its replacement is in the output; <see cref="Original"/> only when asked for.
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.RedactionItem.v1")]
public sealed record RedactionItem(
    [property: Id(0)] string Type,
    [property: Id(1)] string Operator,
    [property: Id(2)] double Score,
    [property: Id(3)] int Start,
    [property: Id(4)] int End,
    [property: Id(5)] int OutputStart,
    [property: Id(6)] int OutputEnd,
    [property: Id(7)] string Recognizer,
    [property: Id(8)] string? Original = null);
