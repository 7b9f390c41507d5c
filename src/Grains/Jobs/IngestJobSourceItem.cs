namespace EntityGraph.Grains.Jobs;

/// <summary>
/// A document read for a job, or why its <see cref="Origin"/> could not be read: a code and message, and whether it was
/// merely skipped (a file of another type in a folder) rather than failed.
/// </summary>
public sealed record IngestJobSourceItem(string Origin, DocumentInput? Document, string? Code = null, string? Message = null, bool Skipped = false);
