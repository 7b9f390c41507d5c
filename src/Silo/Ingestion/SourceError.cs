namespace EntityGraph.Silo.Ingestion;

/// <summary>Why a source could not be read; skipped sources (unsupported file types in folders) are not failures.</summary>
public sealed record SourceError(string Code, string Message, bool Skipped);
