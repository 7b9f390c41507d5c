namespace EntityGraph.Grains;

/// <summary>
/// The redaction operator for one entity type (or <c>DEFAULT</c>) chosen in a request: <c>replace</c> (with
/// <see cref="Value"/>, or numbered <c>&lt;TYPE_n&gt;</c>), <c>redact</c>, <c>mask</c> (<see cref="MaskChar"/>,
/// <see cref="MaskCount"/> characters, <see cref="FromEnd"/>), <c>hash</c>, <c>encrypt</c> or <c>keep</c>. Keys and salts
/// never travel in a request: they are the service's configuration.
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.OperatorChoice.v1")]
public sealed record OperatorChoice(
    [property: Id(0)] string Type,
    [property: Id(1)] string Operator,
    [property: Id(2)] string? Value = null,
    [property: Id(3)] bool Numbered = false,
    [property: Id(4)] string? MaskChar = null,
    [property: Id(5)] int? MaskCount = null,
    [property: Id(6)] bool FromEnd = false);
