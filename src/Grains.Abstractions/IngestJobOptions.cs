namespace EntityGraph.Grains;

/// <summary>
/// Options of an ingest job, applied to every document it ingests: <see cref="Accuracy"/>, a <see cref="Language"/> and
/// <see cref="Domain"/> for documents that do not name their own, <see cref="Redact"/> (redact before storing) and how
/// many documents are in flight at once (<see cref="Parallelism"/>, 1-64; the job's silo sends them to document grains
/// placed over the whole cluster).
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.IngestJobOptions.v1")]
public sealed record IngestJobOptions(
    [property: Id(0)] ExtractionAccuracy Accuracy = ExtractionAccuracy.Best,
    [property: Id(1)] string? Language = null,
    [property: Id(2)] string? Domain = null,
    [property: Id(3)] bool Redact = false,
    [property: Id(4)] int Parallelism = 4);
