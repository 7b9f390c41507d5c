using Codes = EntityGraph.Storage.ErrorCodes;

namespace EntityGraph.Documents;

/// <summary>
/// The codes carried by <see cref="DocumentReadException.Code"/> and <see cref="PartFailure.Code"/>: those of the
/// product's one table (<see cref="Codes"/>) that reading a file can produce.
/// </summary>
public static class DocumentErrorCodes
{
    /// <summary>The file holds binary data, not text.</summary>
    public const string BinaryFile = Codes.BinaryFile;

    /// <summary>The file must be UTF-8 (a UTF-8 byte-order mark or JSON) but is not valid UTF-8.</summary>
    public const string InvalidUtf8 = Codes.InvalidUtf8;

    /// <summary>The file is corrupt, encrypted or otherwise cannot be parsed by its format's library.</summary>
    public const string FileUnreadable = Codes.FileUnreadable;

    /// <summary>The file holds no text at all (zero bytes, only whitespace, a scanned PDF without a text layer, ...).</summary>
    public const string EmptyText = Codes.EmptyText;

    /// <summary>The text is longer than <see cref="DocumentReadContext.MaxTextBytes"/> UTF-8 bytes.</summary>
    public const string TextTooLarge = Codes.TextTooLarge;
}
