namespace EntityGraph.Grains.Jobs;

/// <summary>
/// Reads the paths of an ingest job (files, folders, globs) into documents, on the silo that runs the job. The host
/// registers one (the Silo's readers of every format); without one, a job with paths fails.
/// </summary>
public interface IIngestJobSource
{
    /// <summary>One item per document read, or per file, part or line that could not be read (with its code), in a stable order.</summary>
    IAsyncEnumerable<IngestJobSourceItem> ReadAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken = default);
}
