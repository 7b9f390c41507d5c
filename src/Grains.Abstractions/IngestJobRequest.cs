namespace EntityGraph.Grains;

/// <summary>
/// What an ingest job ingests: <see cref="Paths"/> (files, folders, globs, read on the job's silo) or inline
/// <see cref="Documents"/>, exactly one of the two; its <see cref="Options"/>; and who started it (<see cref="Actor"/>,
/// recorded with the job and with every document's link decisions).
/// </summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.IngestJobRequest.v1")]
public sealed record IngestJobRequest(
    [property: Id(0)] IReadOnlyList<string>? Paths,
    [property: Id(1)] IReadOnlyList<DocumentInput>? Documents,
    [property: Id(2)] IngestJobOptions Options,
    [property: Id(3)] string? Actor = null);
