using System.Globalization;
using System.Text;
using EntityGraph.Documents.Internal;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace EntityGraph.Documents.Formats;

/// <summary>
/// PDF (<c>.pdf</c>) read with PdfPig: each page's text in content order (PdfPig's <see cref="ContentOrderTextExtractor"/>),
/// pages joined with a blank line (<c>"\n\n"</c>). Metadata <c>pages</c>, <c>pageStarts</c> (the UTF-16 offset where each
/// page's text starts, comma-separated) and <c>author</c> when known. Title from the document information dictionary,
/// else the first line. Encrypted or corrupt files fail with <see cref="DocumentErrorCodes.FileUnreadable"/>.
/// </summary>
public sealed class PdfFormat : IDocumentFormat
{
    /// <summary>The format's name.</summary>
    public const string FormatName = "pdf";

    private const string PageSeparator = "\n\n";

    /// <inheritdoc />
    public string Name => FormatName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public async Task<DocumentReadResult> ReadAsync(
        Stream content, string fileName, DocumentReadContext context, CancellationToken cancellationToken)
    {
        var bytes = await FormatInput.ReadAllAsync(content, fileName, context, cancellationToken).ConfigureAwait(false);
        using var document = Open(bytes, fileName);
        var text = new StringBuilder();
        var pageStarts = new List<int>();
        long utf8Bytes = 0;
        for (var number = 1; number <= PageCount(document, fileName); number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pageText = PageText(document, number, fileName);
            if (number > 1)
            {
                text.Append(PageSeparator);
                utf8Bytes += PageSeparator.Length;
            }

            pageStarts.Add(text.Length);
            text.Append(pageText);
            utf8Bytes += Encoding.UTF8.GetByteCount(pageText);
            TextChecks.EnsureWithinLimit(utf8Bytes, context, fileName);
        }

        var fullText = text.ToString();
        TextChecks.EnsureUsable(fullText, context, fileName);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["pages"] = pageStarts.Count.ToString(CultureInfo.InvariantCulture),
            ["pageStarts"] = string.Join(',', pageStarts.Select(start => start.ToString(CultureInfo.InvariantCulture))),
        };
        var information = document.Information;
        SingleLineText.AddMetadata(metadata, "author", information.Author);

        var title = TitleText.Clean(information.Title) ?? TitleText.FromFirstLine(fullText);
        return DocumentResults.Single(new ReadDocument("", fullText, title, FormatName, metadata));
    }

    private static PdfDocument Open(byte[] bytes, string fileName)
    {
        try
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw Unreadable(fileName, $"it is encrypted ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw Unreadable(fileName, ex.Message, ex);
        }
    }

    private static int PageCount(PdfDocument document, string fileName)
    {
        try
        {
            return document.NumberOfPages;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw Unreadable(fileName, ex.Message, ex);
        }
    }

    private static string PageText(PdfDocument document, int number, string fileName)
    {
        try
        {
            var page = document.GetPage(number);
            return LineBreaks.Normalize(ContentOrderTextExtractor.GetText(page)).Replace("\0", "", StringComparison.Ordinal).Trim();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw Unreadable(fileName, $"page {number}: {ex.Message}", ex);
        }
    }

    private static DocumentReadException Unreadable(string fileName, string reason, Exception inner) =>
        new(DocumentErrorCodes.FileUnreadable, $"'{fileName}' is not a readable PDF: {reason}", inner);
}
