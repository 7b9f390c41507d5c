namespace EntityGraph.Grains;

/// <summary>
/// A text to redact. <see cref="Types"/> limits what is redacted (null: every type of the profile);
/// <see cref="Operators"/> override the configured operators per type; <see cref="UseModels"/> false redacts with rules,
/// validators and deny lists only (no PERSON, LOCATION, ORGANIZATION); <see cref="IncludeOriginal"/> puts each span's
/// original text in the items.
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.RedactionRequest.v1")]
public sealed record RedactionRequest(
    [property: Id(0)] string Text,
    [property: Id(1)] string? Language = null,
    [property: Id(2)] IReadOnlyList<string>? Types = null,
    [property: Id(3)] IReadOnlyList<OperatorChoice>? Operators = null,
    [property: Id(4)] bool IncludeOriginal = false,
    [property: Id(5)] bool UseModels = true,
    [property: Id(6)] ExtractionAccuracy Accuracy = ExtractionAccuracy.Best);
