using System.Text.Json.Serialization;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>The whole report <c>entitygraph bench</c> prints (as Markdown, or as this JSON with <c>--json</c>).</summary>
public sealed record BenchReport(
    [property: JsonPropertyName("machine")] string Machine,
    [property: JsonPropertyName("corpus")] IReadOnlyDictionary<string, string> Corpus,
    [property: JsonPropertyName("runs")] int Runs,
    [property: JsonPropertyName("concurrency")] int Concurrency,
    [property: JsonPropertyName("models")] IReadOnlyList<ModelBenchResult> Models,
    [property: JsonPropertyName("graphql")] IReadOnlyList<LatencyResult> GraphQl,
    [property: JsonPropertyName("ingest")] IngestBenchResult? Ingest,
    [property: JsonPropertyName("cold_start_seconds")] double? ColdStartSeconds,
    [property: JsonPropertyName("first_request")] FirstRequestResult? FirstRequest,
    [property: JsonPropertyName("routed_models_loaded")] int? RoutedModels,
    [property: JsonPropertyName("rss_all_models_mb")] double? RssAllModelsMb,
    [property: JsonPropertyName("peak_rss_mb")] double? PeakRssMb,
    [property: JsonPropertyName("bench_peak_rss_mb")] double BenchPeakRssMb);
