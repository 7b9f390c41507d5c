namespace EntityGraph.Export;

/// <summary>What an export wrote: each file (relative to the output) with its data rows, and the totals of the graph.</summary>
public sealed record GraphExportResult(IReadOnlyList<ExportedFile> Files, GraphExportCounts Counts);

/// <summary>One written file and how many data rows (or elements) it holds.</summary>
public sealed record ExportedFile(string Name, long Rows);

/// <summary>Nodes and relationships written, by kind.</summary>
public sealed record GraphExportCounts(
    long Entities,
    long Aliases,
    long Documents,
    long Tags,
    long Mentions,
    long MentionRelationships,
    long TagRelationships,
    long Cooccurrences);
