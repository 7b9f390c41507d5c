namespace EntityGraph.Documents.Internal;

/// <summary>Text decoded from bytes, with the charset that was used.</summary>
/// <param name="Text">The decoded text, without a byte-order mark.</param>
/// <param name="Charset">The charset name: <c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c> or <c>iso-8859-1</c>.</param>
/// <param name="HadByteOrderMark">Whether the bytes started with a byte-order mark.</param>
internal sealed record DecodedText(string Text, string Charset, bool HadByteOrderMark);
