using System.Text.Json.Serialization;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>One model's raw limit and end-to-end speed on the benchmark corpus.</summary>
public sealed record ModelBenchResult(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("tier")] string Tier,
    [property: JsonPropertyName("words")] int Words,
    [property: JsonPropertyName("raw_tokens_per_second")] double RawTokensPerSecond,
    [property: JsonPropertyName("raw_words_per_second")] double RawWordsPerSecond,
    [property: JsonPropertyName("e2e_single_words_per_second")] double SingleWordsPerSecond,
    [property: JsonPropertyName("e2e_words_per_second")] double E2eWordsPerSecond,
    [property: JsonPropertyName("ratio")] double Ratio);
