namespace EntityGraph.Documents;

/// <summary>One piece of text read from a file: the file itself or one of its parts.</summary>
/// <param name="Part">
/// Where the text came from inside the file: <c>""</c> for the file itself, <c>attachment-N/NAME</c> for an e-mail
/// attachment (nested attachments add further segments: <c>attachment-2/inner.eml/attachment-1/a.pdf</c>),
/// <c>item-N</c> for an element of a JSON array.
/// </param>
/// <param name="Text">The extracted text, with <c>\n</c> line breaks; never blank.</param>
/// <param name="Title">The document's title, at most 200 characters, or null when none could be found.</param>
/// <param name="Format">The name of the <see cref="IDocumentFormat"/> that read this part.</param>
/// <param name="Metadata">Format-specific facts (for example <c>pages</c>, <c>pageStarts</c>, <c>from</c>, <c>date</c>, <c>subject</c>, <c>charset</c>).</param>
/// <param name="ParentPart">Null for a document that is not an attachment; otherwise the part of the e-mail it was attached to (<c>""</c> for the file itself).</param>
public sealed record ReadDocument(
    string Part,
    string Text,
    string? Title,
    string Format,
    IReadOnlyDictionary<string, string> Metadata,
    string? ParentPart = null);
