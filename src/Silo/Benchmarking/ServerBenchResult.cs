using System.Text.Json.Serialization;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>The server process: start to ready, first request of a language, memory with every routed model loaded.</summary>
public sealed record ServerBenchResult(
    [property: JsonPropertyName("cold_start_seconds")] double ColdStartSeconds,
    [property: JsonPropertyName("first_request")] FirstRequestResult FirstRequest,
    [property: JsonPropertyName("graphql")] IReadOnlyList<LatencyResult> Latencies,
    [property: JsonPropertyName("routed_models_loaded")] int RoutedModels,
    [property: JsonPropertyName("rss_all_models_mb")] double RssAllModelsMb,
    [property: JsonPropertyName("peak_rss_mb")] double PeakRssMb);
