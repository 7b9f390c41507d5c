namespace EntityGraph.Grains;

/// <summary>One answer of a batch redaction: the outcome, or the error code and message of a text that could not be redacted.</summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.RedactionBatchResult.v1")]
public sealed record RedactionBatchResult(
    [property: Id(0)] RedactionOutcome? Outcome,
    [property: Id(1)] string? ErrorCode = null,
    [property: Id(2)] string? ErrorMessage = null);
