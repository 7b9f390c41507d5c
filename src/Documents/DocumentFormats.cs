using EntityGraph.Documents.Formats;

namespace EntityGraph.Documents;

/// <summary>A set of document formats, looked up by file extension. Immutable and safe to share between threads.</summary>
public sealed class DocumentFormats
{
    private readonly Dictionary<string, IDocumentFormat> _byExtension = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IDocumentFormat> _byName = new(StringComparer.Ordinal);

    /// <summary>Creates a registry of <paramref name="formats"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="formats"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A format is null, has a blank name, or an extension that is blank, lacks the leading dot, or is claimed twice.
    /// </exception>
    public DocumentFormats(IEnumerable<IDocumentFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var list = new List<IDocumentFormat>();
        foreach (var format in formats)
        {
            if (format is null)
            {
                throw new ArgumentException("The formats must not contain null.", nameof(formats));
            }

            if (string.IsNullOrWhiteSpace(format.Name) || !_byName.TryAdd(format.Name, format))
            {
                throw new ArgumentException($"The format name '{format.Name}' is blank or used twice.", nameof(formats));
            }

            foreach (var extension in format.Extensions)
            {
                if (string.IsNullOrWhiteSpace(extension) || extension.Length < 2 || extension[0] != '.')
                {
                    throw new ArgumentException(
                        $"The format '{format.Name}' has an invalid extension '{extension}' (expected e.g. \".txt\").",
                        nameof(formats));
                }

                if (!_byExtension.TryAdd(extension, format))
                {
                    throw new ArgumentException(
                        $"The extension '{extension}' is claimed by both '{_byExtension[extension].Name}' and '{format.Name}'.",
                        nameof(formats));
                }
            }

            list.Add(format);
        }

        Formats = list;
        SupportedExtensions = _byExtension.Keys.Select(extension => extension.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>All formats: text, markdown, html, email, pdf, docx and json.</summary>
    public static DocumentFormats Default { get; } = new(
    [
        new TextFormat(),
        new MarkdownFormat(),
        new HtmlFormat(),
        new EmailFormat(),
        new PdfFormat(),
        new DocxFormat(),
        new JsonFormat(),
    ]);

    /// <summary>The formats, in the order they were given.</summary>
    public IReadOnlyList<IDocumentFormat> Formats { get; }

    /// <summary>Every supported extension, lower case with the leading dot, sorted.</summary>
    public IReadOnlyCollection<string> SupportedExtensions { get; }

    /// <summary>The format for <paramref name="fileName"/>'s extension (case-insensitive), or null when it is not supported.</summary>
    /// <param name="fileName">A file name or path, for example <c>report.PDF</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is null.</exception>
    public IDocumentFormat? Find(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName.AsSpan().Trim()).ToString();
        return extension.Length > 1 && _byExtension.TryGetValue(extension, out var format) ? format : null;
    }

    /// <summary>The format called <paramref name="name"/> (for example <c>pdf</c>), or null when there is none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IDocumentFormat? FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.GetValueOrDefault(name);
    }
}
