namespace EntityGraph.Silo.Ingestion;

/// <summary>What happened to one source item: Created, Updated, Unchanged, Failed or Skipped.</summary>
public sealed record IngestItemResult(
    string Origin,
    string? DocumentId,
    string Outcome,
    string? Language = null,
    bool? UsedFallback = null,
    int? Entities = null,
    int? Mentions = null,
    IngestError? Error = null)
{
    public const string Failed = "Failed";
    public const string Skipped = "Skipped";
}
