namespace EntityGraph.Silo.Ingestion;

/// <summary>The error code (e.g. EMPTY_TEXT, INVALID_UTF8) and message of a failed or skipped source item.</summary>
public sealed record IngestError(string Code, string Message);
