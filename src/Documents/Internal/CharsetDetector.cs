using System.Text;

namespace EntityGraph.Documents.Internal;

/// <summary>
/// Decodes plain-text bytes: UTF-8 or UTF-16 byte-order marks, BOM-less UTF-16 (recognised by alternating NUL bytes),
/// strict UTF-8 when valid, otherwise ISO-8859-1. Refuses binary content.
/// </summary>
internal static class CharsetDetector
{
    /// <summary>The share of control characters above which text counts as binary.</summary>
    private const double MaxControlShare = 0.10;

    /// <summary>How many leading bytes are sampled to recognise BOM-less UTF-16.</summary>
    private const int Utf16SampleBytes = 8192;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(false, false, false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(true, false, false);

    /// <summary>Decodes <paramref name="bytes"/> as text.</summary>
    /// <exception cref="DocumentReadException">
    /// <see cref="DocumentErrorCodes.BinaryFile"/> for binary content, <see cref="DocumentErrorCodes.InvalidUtf8"/>
    /// for a UTF-8 byte-order mark followed by invalid UTF-8.
    /// </exception>
    public static DecodedText Decode(byte[] bytes, string fileName)
    {
        var decoded = DecodeUnchecked(bytes, fileName)
            ?? throw Binary(fileName, "it contains NUL bytes");
        if (ControlShare(decoded.Text) > MaxControlShare)
        {
            throw Binary(fileName, "more than 10% of its characters are control characters");
        }

        return decoded;
    }

    /// <summary>
    /// Decodes without the binary checks on the decoded text; returns null when the bytes hold NUL bytes but are not UTF-16.
    /// </summary>
    public static DecodedText? DecodeUnchecked(byte[] bytes, string fileName)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(DecodeStrictUtf8(span[3..], fileName), CharsetNames.Utf8, true);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Utf16Le.GetString(span[2..]), CharsetNames.Utf16LittleEndian, true);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Utf16Be.GetString(span[2..]), CharsetNames.Utf16BigEndian, true);
        }

        var utf16 = GuessUtf16(span);
        if (utf16 is not null)
        {
            var le = utf16 == CharsetNames.Utf16LittleEndian;
            return new DecodedText((le ? Utf16Le : Utf16Be).GetString(span), utf16, false);
        }

        if (span.Contains((byte)0))
        {
            return null;
        }

        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            return new DecodedText(Encoding.UTF8.GetString(span), CharsetNames.Utf8, false);
        }

        return new DecodedText(Encoding.Latin1.GetString(span), CharsetNames.Latin1, false);
    }

    private static string DecodeStrictUtf8(ReadOnlySpan<byte> bytes, string fileName)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.InvalidUtf8,
                $"'{fileName}' starts with a UTF-8 byte-order mark but is not valid UTF-8.",
                ex);
        }
    }

    /// <summary>
    /// Recognises BOM-less UTF-16: an even number of bytes where (in a sample) at least 40% of the bytes at one parity
    /// are NUL and almost none at the other, as in mostly-Latin text.
    /// </summary>
    private static string? GuessUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 2 || bytes.Length % 2 != 0)
        {
            return null;
        }

        var sample = bytes[..Math.Min(bytes.Length, Utf16SampleBytes)];
        var pairs = sample.Length / 2;
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenNuls++;
            }

            if (sample[i + 1] == 0)
            {
                oddNuls++;
            }
        }

        if (oddNuls >= pairs * 0.4 && evenNuls <= pairs * 0.05)
        {
            return CharsetNames.Utf16LittleEndian;
        }

        if (evenNuls >= pairs * 0.4 && oddNuls <= pairs * 0.05)
        {
            return CharsetNames.Utf16BigEndian;
        }

        return null;
    }

    private static double ControlShare(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                controls++;
            }
        }

        return (double)controls / text.Length;
    }

    private static DocumentReadException Binary(string fileName, string reason) =>
        new(DocumentErrorCodes.BinaryFile, $"'{fileName}' is a binary file: {reason}.");
}
