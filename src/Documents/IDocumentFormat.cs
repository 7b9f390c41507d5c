namespace EntityGraph.Documents;

/// <summary>
/// A document format that can turn a file of one kind (plain text, HTML, PDF, ...) into text.
/// Implementations are stateless and safe to use from several threads at once.
/// </summary>
public interface IDocumentFormat
{
    /// <summary>The format's short name (<c>text</c>, <c>markdown</c>, <c>html</c>, <c>email</c>, <c>pdf</c>, <c>docx</c> or <c>json</c>).</summary>
    string Name { get; }

    /// <summary>The file extensions this format reads, lower case and with the leading dot (for example <c>.txt</c>).</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>
    /// Reads a file into one or more text documents: the file itself (part <c>""</c>) and any parts it contains
    /// (e-mail attachments, items of a JSON array), with per-part failures reported alongside.
    /// </summary>
    /// <param name="content">The file's bytes, read from the stream's current position to its end. The stream is not disposed.</param>
    /// <param name="fileName">The file's name, used for messages and for naming parts; must not be empty.</param>
    /// <param name="context">Limits that apply to this read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The documents read and the parts that could not be read.</returns>
    /// <exception cref="DocumentReadException">The file yields no document at all; <see cref="DocumentReadException.Code"/> says why.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/>, <paramref name="fileName"/> or <paramref name="context"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is blank or <paramref name="content"/> cannot be read.</exception>
    Task<DocumentReadResult> ReadAsync(Stream content, string fileName, DocumentReadContext context, CancellationToken cancellationToken);
}
