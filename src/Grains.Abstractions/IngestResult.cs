namespace EntityGraph.Grains;

/// <summary>What ingesting one document did. Outcome is Created, Updated or Unchanged.</summary>
[GenerateSerializer, Immutable, Alias("EntityGraph.IngestResult.v1")]
public sealed record IngestResult(
    [property: Id(0)] string DocumentId,
    [property: Id(1)] string Outcome,
    [property: Id(2)] ExtractionResult Extraction);
