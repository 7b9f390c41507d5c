namespace EntityGraph.Grains;

/// <summary>The redacted text, the language it was read in, and the redacted spans in text order.</summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.RedactionOutcome.v1")]
public sealed record RedactionOutcome(
    [property: Id(0)] string Text,
    [property: Id(1)] string Language,
    [property: Id(2)] IReadOnlyList<RedactionItem> Items);
