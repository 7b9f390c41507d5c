using System.Text;

namespace EntityGraph.DocumentCorpus.Formats;

/// <summary>
/// .txt and .md files: a heading line, a blank line and a few lines of sentences, ending with a line break. Encodings
/// rotate with the file number: UTF-8, UTF-8 with a byte-order mark and CRLF line breaks, UTF-16 LE and BE with a
/// byte-order mark, ISO-8859-1, and UTF-16 LE without a byte-order mark (Latin text).
/// </summary>
public static class PlainTextContent
{
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);

    /// <summary>How many encodings the file numbers rotate through.</summary>
    public const int Encodings = 6;

    /// <summary>A text (or, with <paramref name="markdown"/>, markdown) file in the encoding of <paramref name="number"/>.</summary>
    public static GeneratedContent Make(TextMaker text, int number, bool markdown)
    {
        var encoding = number % Encodings;
        var range = encoding is 4 or 5 ? TextRange.Latin1 : TextRange.Unicode;
        var heading = text.Heading(markdown ? "Minutes" : "Note", number);
        var lines = text.Lines(2, 4, range);
        var body = markdown
            ? $"# {heading}\n\n{string.Join("\n\n", lines.Select((line, i) => i == 0 ? line : "- " + line))}\n"
            : $"{heading}\n\n{string.Join("\n", lines)}\n";
        var written = encoding == 1 ? body.Replace("\n", "\r\n", StringComparison.Ordinal) : body;
        byte[] bytes = encoding switch
        {
            0 => Encoding.UTF8.GetBytes(written),
            1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(written)],
            2 => [0xFF, 0xFE, .. Utf16Le.GetBytes(written)],
            3 => [0xFE, 0xFF, .. Utf16Be.GetBytes(written)],
            4 => Encoding.Latin1.GetBytes(written),
            _ => Utf16Le.GetBytes(written),
        };
        return new GeneratedContent(bytes, body, heading);
    }
}
