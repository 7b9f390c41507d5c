using EntityGraph.Documents.Internal;

namespace EntityGraph.Documents.Formats;

/// <summary>
/// Plain text (<c>.txt</c>, <c>.text</c>): UTF-8 or UTF-16 with or without a byte-order mark, otherwise ISO-8859-1.
/// Metadata <c>charset</c> (<c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>iso-8859-1</c>) and <c>bom</c> when one was present.
/// The title is the first non-blank line.
/// </summary>
public sealed class TextFormat : IDocumentFormat
{
    /// <summary>The format's name.</summary>
    public const string FormatName = "text";

    /// <inheritdoc />
    public string Name => FormatName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    /// <inheritdoc />
    public Task<DocumentReadResult> ReadAsync(
        Stream content, string fileName, DocumentReadContext context, CancellationToken cancellationToken) =>
        PlainTextReader.ReadAsync(content, fileName, context, FormatName, TitleText.FromFirstLine, cancellationToken);
}
