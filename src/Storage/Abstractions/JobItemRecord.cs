namespace EntityGraph.Storage;

/// <summary>A stored job item; <see cref="Payload"/> is null once the item is finished.</summary>
public sealed record JobItemRecord(
    string JobId,
    long Sequence,
    string Origin,
    string State,
    string? Payload,
    string? DocumentId,
    string? Outcome,
    string? Code,
    string? Message);
