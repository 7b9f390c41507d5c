using EntityGraph.Storage;
using System.Text;

namespace EntityGraph.Silo.Ingestion;

/// <summary>Decodes file bytes as strict UTF-8 (a BOM is dropped); binary content and invalid sequences are errors.</summary>
public static class TextFileDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text, or null with <paramref name="error"/> set.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out SourceError? error)
    {
        error = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            error = new SourceError(ErrorCodes.BinaryFile, $"binary file (NUL byte at offset {nul}); only UTF-8 text is accepted", Skipped: false);
            return null;
        }

        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" at byte offset {ex.Index}" : string.Empty;
            error = new SourceError(ErrorCodes.InvalidUtf8, $"not valid UTF-8 (invalid byte sequence{at})", Skipped: false);
            return null;
        }
    }
}
