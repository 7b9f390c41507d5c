using System.Text.Json.Serialization;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>The first request of a language whose model was not loaded yet.</summary>
public sealed record FirstRequestResult(
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("tier")] string Tier,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("warm_seconds")] double WarmSeconds);
