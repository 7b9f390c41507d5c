namespace EntityGraph.Documents.Internal;

/// <summary>The charset names written to the <c>charset</c> metadata entry.</summary>
internal static class CharsetNames
{
    public const string Utf8 = "utf-8";
    public const string Utf16LittleEndian = "utf-16le";
    public const string Utf16BigEndian = "utf-16be";
    public const string Latin1 = "iso-8859-1";
}
