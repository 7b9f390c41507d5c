namespace EntityGraph.DocumentCorpus.Manifest;

/// <summary>
/// A document ingest must store: its id, the file it comes from (relative to the folder, '/' separated), the reader format,
/// the part inside the file and its parent document (attachments), the text and title the reader must give, and the PDF
/// page count when there is one.
/// </summary>
public sealed record ExpectedDocument(
    string Id,
    string File,
    string Format,
    string? Part,
    string? ParentId,
    string Text,
    string? Title,
    int? Pages = null);
