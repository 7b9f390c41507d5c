namespace EntityGraph.Documents.Internal;

/// <summary>Argument checks and buffering shared by every format's <c>ReadAsync</c>.</summary>
internal static class FormatInput
{
    /// <summary>Checks the arguments of <see cref="IDocumentFormat.ReadAsync"/> and reads the stream to its end.</summary>
    /// <exception cref="DocumentReadException">The stream holds zero bytes (<see cref="DocumentErrorCodes.EmptyText"/>).</exception>
    public static async Task<byte[]> ReadAllAsync(
        Stream content, string fileName, DocumentReadContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(context);
        if (!content.CanRead)
        {
            throw new ArgumentException("The content stream cannot be read.", nameof(content));
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            throw new DocumentReadException(DocumentErrorCodes.EmptyText, $"'{fileName}' is empty (zero bytes).");
        }

        return buffer.ToArray();
    }
}
