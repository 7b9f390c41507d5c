using System.Text.Json.Serialization;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>GraphQL <c>extract</c> latency over HTTP at one concurrency.</summary>
public sealed record LatencyResult(
    [property: JsonPropertyName("concurrency")] int Concurrency,
    [property: JsonPropertyName("requests")] int Requests,
    [property: JsonPropertyName("words")] int Words,
    [property: JsonPropertyName("p50_ms")] double P50,
    [property: JsonPropertyName("p95_ms")] double P95,
    [property: JsonPropertyName("p99_ms")] double P99,
    [property: JsonPropertyName("requests_per_second")] double RequestsPerSecond);
