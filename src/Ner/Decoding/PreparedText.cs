using EntityGraph.Ner.Encoding;
using EntityGraph.Text.Tokenization;

namespace EntityGraph.Ner.Decoding;

/// <summary>A text region encoded for a model: its words, pieces and model windows.</summary>
public sealed record PreparedText(EncodedText Encoded, IReadOnlyList<NerWindow> Windows);
