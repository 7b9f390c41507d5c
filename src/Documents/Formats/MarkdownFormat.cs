using EntityGraph.Documents.Internal;

namespace EntityGraph.Documents.Formats;

/// <summary>
/// Markdown (<c>.md</c>, <c>.markdown</c>), read like <see cref="TextFormat"/> with the markup kept as written.
/// The title is the first non-blank line without its leading <c>#</c> marks.
/// </summary>
public sealed class MarkdownFormat : IDocumentFormat
{
    /// <summary>The format's name.</summary>
    public const string FormatName = "markdown";

    /// <inheritdoc />
    public string Name => FormatName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    /// <inheritdoc />
    public Task<DocumentReadResult> ReadAsync(
        Stream content, string fileName, DocumentReadContext context, CancellationToken cancellationToken) =>
        PlainTextReader.ReadAsync(content, fileName, context, FormatName, TitleText.FromMarkdown, cancellationToken);
}
