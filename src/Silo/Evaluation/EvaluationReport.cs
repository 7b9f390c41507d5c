using System.Text.Json.Serialization;

namespace EntityGraph.Silo.Evaluation;

/// <summary>The JSON printed by <c>entitygraph eval --json</c>; scores are strict entity-level percentages (conlleval semantics).</summary>
public sealed record EvaluationReport(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("recall")] double Recall,
    [property: JsonPropertyName("f1")] double F1,
    [property: JsonPropertyName("per_type")] IReadOnlyDictionary<string, TypeReport> PerType,
    [property: JsonPropertyName("sentences")] int Sentences,
    [property: JsonPropertyName("tokens")] int Tokens,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("ignored_types")] IReadOnlyList<string> IgnoredTypes,
    [property: JsonPropertyName("rejected_sentences")] int RejectedSentences = 0,
    [property: JsonPropertyName("confidence")] ConfidenceReport? Confidence = null);

/// <summary>Scores of one entity type.</summary>
public sealed record TypeReport(
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("recall")] double Recall,
    [property: JsonPropertyName("f1")] double F1,
    [property: JsonPropertyName("support")] int Support);
