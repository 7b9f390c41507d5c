using DocumentFormat.OpenXml.Packaging;
using EntityGraph.Documents.Internal;

namespace EntityGraph.Documents.Formats;

/// <summary>
/// Word documents (<c>.docx</c>) read with DocumentFormat.OpenXml: the main body's paragraphs joined with <c>\n</c>
/// (empty paragraphs dropped), table rows as lines with cells separated by tabs; headers, footers, footnotes and
/// comments are skipped. Title from the core properties, else the first paragraph. Metadata <c>author</c> when known.
/// Corrupt files fail with <see cref="DocumentErrorCodes.FileUnreadable"/>.
/// </summary>
public sealed class DocxFormat : IDocumentFormat
{
    /// <summary>The format's name.</summary>
    public const string FormatName = "docx";

    /// <inheritdoc />
    public string Name => FormatName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    /// <inheritdoc />
    public async Task<DocumentReadResult> ReadAsync(
        Stream content, string fileName, DocumentReadContext context, CancellationToken cancellationToken)
    {
        var bytes = await FormatInput.ReadAllAsync(content, fileName, context, cancellationToken).ConfigureAwait(false);
        using var stream = new MemoryStream(bytes, writable: false);
        string text;
        string? coreTitle;
        string? author;
        try
        {
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new DocumentReadException(
                    DocumentErrorCodes.FileUnreadable, $"'{fileName}' is not a readable DOCX: it has no document body.");
            text = string.Join('\n', DocxTextWalker.Lines(body, cancellationToken));
            coreTitle = document.PackageProperties.Title;
            author = document.PackageProperties.Creator;
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or DocumentReadException))
        {
            throw new DocumentReadException(
                DocumentErrorCodes.FileUnreadable, $"'{fileName}' is not a readable DOCX: {ex.Message}", ex);
        }

        TextChecks.EnsureUsable(text, context, fileName);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        SingleLineText.AddMetadata(metadata, "author", author);

        var title = TitleText.Clean(coreTitle) ?? TitleText.FromFirstLine(text);
        return DocumentResults.Single(new ReadDocument("", text, title, FormatName, metadata));
    }
}
