using System.Text.Json.Serialization;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>Ingest with linking into a fresh embedded store, against extract of the same documents at the same concurrency.</summary>
public sealed record IngestBenchResult(
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("concurrency")] int Concurrency,
    [property: JsonPropertyName("words_per_second")] double WordsPerSecond,
    [property: JsonPropertyName("documents_per_second")] double DocumentsPerSecond,
    [property: JsonPropertyName("extract_words_per_second")] double ExtractWordsPerSecond,
    [property: JsonPropertyName("ratio_to_extract")] double RatioToExtract);
