using System.Text.Json.Serialization;

namespace EntityGraph.Silo.Evaluation;

/// <summary>One reliability bin of <c>eval --json</c>: entities whose confidence lies in [from, to) (the last bin includes 1).</summary>
public sealed record ConfidenceBin(
    [property: JsonPropertyName("from")] double From,
    [property: JsonPropertyName("to")] double To,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("mean_confidence")] double? MeanConfidence,
    [property: JsonPropertyName("share_right")] double? ShareRight);
