namespace EntityGraph.Silo.Ingestion;

/// <summary>The machine-readable report of an ingest run (<c>ingest --report FILE</c>): counts, speed, every failure and skip with its reason.</summary>
public sealed record IngestReport(
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    double ElapsedSeconds,
    double DocumentsPerSecond,
    IngestReportCounts Counts,
    IReadOnlyList<IngestReportEntry> Failures,
    IReadOnlyList<IngestReportEntry> Skipped);

/// <summary>How many documents ended in each outcome.</summary>
public sealed record IngestReportCounts(int Created, int Updated, int Unchanged, int Failed, int Skipped);

/// <summary>A failed or skipped source: where it came from, the document id when one was read, the code and the reason.</summary>
public sealed record IngestReportEntry(string Origin, string? DocumentId, string Code, string Message);
