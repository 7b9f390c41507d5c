using EntityGraph.Grains;

namespace EntityGraph.Silo.Ingestion;

/// <summary>
/// One document read from a file or JSONL line, or the reason it could not be read. <see cref="Origin"/>
/// names where it came from ("notes/a.txt", "docs.jsonl:12").
/// </summary>
public sealed record SourceItem(string Origin, DocumentInput? Document, SourceError? Error)
{
    public static SourceItem Read(string origin, DocumentInput document) => new(origin, document, null);

    public static SourceItem Failed(string origin, string code, string message) => new(origin, null, new SourceError(code, message, Skipped: false));

    public static SourceItem Skipped(string origin, string message) => new(origin, null, new SourceError("SKIPPED", message, Skipped: true));
}
