namespace EntityGraph.PiiCorpus;

/// <summary>
/// A labelled value inside a document: UTF-16 offsets into <see cref="PiiDocument.Text"/>
/// (<c>Text[Start..End] == Value</c>), the PII type name (see <see cref="PiiTypes"/>) and the value itself.
/// </summary>
/// <param name="Start">Offset of the first character (inclusive).</param>
/// <param name="End">Offset after the last character (exclusive).</param>
/// <param name="Type">PII type name, e.g. <c>IBAN</c>.</param>
/// <param name="Value">The text between <paramref name="Start"/> and <paramref name="End"/>.</param>
public sealed record PiiSpan(int Start, int End, string Type, string Value);
