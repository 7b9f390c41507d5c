using System.Text;

namespace EntityGraph.Documents.Internal;

/// <summary>Checks that extracted text is neither blank nor over the size limit.</summary>
internal static class TextChecks
{
    /// <summary>Throws <see cref="DocumentErrorCodes.EmptyText"/> or <see cref="DocumentErrorCodes.TextTooLarge"/> when the text is unusable.</summary>
    public static void EnsureUsable(string text, DocumentReadContext context, string fileName)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentReadException(DocumentErrorCodes.EmptyText, $"'{fileName}' contains no text.");
        }

        EnsureWithinLimit(Encoding.UTF8.GetByteCount(text), context, fileName);
    }

    /// <summary>Throws <see cref="DocumentErrorCodes.TextTooLarge"/> when <paramref name="utf8Bytes"/> is over the limit.</summary>
    public static void EnsureWithinLimit(long utf8Bytes, DocumentReadContext context, string fileName)
    {
        if (utf8Bytes > context.MaxTextBytes)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.TextTooLarge,
                $"The text of '{fileName}' is more than {context.MaxTextBytes} UTF-8 bytes long.");
        }
    }
}
