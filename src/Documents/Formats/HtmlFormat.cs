using AngleSharp.Html.Parser;
using EntityGraph.Documents.Internal;

namespace EntityGraph.Documents.Formats;

/// <summary>
/// HTML (<c>.html</c>, <c>.htm</c>) read with AngleSharp: the visible text of <c>&lt;body&gt;</c> (no script, style,
/// noscript, template or head content, nor elements marked <c>hidden</c>), one block element per line, whitespace
/// collapsed inside lines, table cells separated by tabs. Title from <c>&lt;title&gt;</c>, else the first <c>&lt;h1&gt;</c>.
/// Metadata <c>charset</c>.
/// </summary>
public sealed class HtmlFormat : IDocumentFormat
{
    /// <summary>The format's name.</summary>
    public const string FormatName = "html";

    /// <inheritdoc />
    public string Name => FormatName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    /// <inheritdoc />
    public async Task<DocumentReadResult> ReadAsync(
        Stream content, string fileName, DocumentReadContext context, CancellationToken cancellationToken)
    {
        var bytes = await FormatInput.ReadAllAsync(content, fileName, context, cancellationToken).ConfigureAwait(false);
        var decoded = CharsetDetector.Decode(bytes, fileName);
        var parser = new HtmlParser();
        AngleSharp.Dom.IDocument document;
        string charset;
        if (decoded.Charset == CharsetNames.Latin1)
        {
            // Not UTF-8 and no byte-order mark: let a <meta charset> declaration decide, else keep ISO-8859-1.
            using var stream = new MemoryStream(bytes, writable: false);
            document = await parser.ParseDocumentAsync(stream, cancellationToken).ConfigureAwait(false);
            charset = document.CharacterSet.ToLowerInvariant();
            if (charset == CharsetNames.Utf8)
            {
                document.Dispose();
                document = await parser.ParseDocumentAsync(decoded.Text, cancellationToken).ConfigureAwait(false);
                charset = CharsetNames.Latin1;
            }
        }
        else
        {
            document = await parser.ParseDocumentAsync(decoded.Text, cancellationToken).ConfigureAwait(false);
            charset = decoded.Charset;
        }

        using (document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (text, title) = HtmlTextExtractor.Extract(document);
            TextChecks.EnsureUsable(text, context, fileName);
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["charset"] = charset };
            return DocumentResults.Single(new ReadDocument("", text, title, FormatName, metadata));
        }
    }
}
