using EntityGraph.Ner.Encoding;
using EntityGraph.Text.Tokenization;

namespace EntityGraph.Ner.Decoding;

/// <summary>A text region encoded for a bilstm-crf model: its words and the chunks that cover them.</summary>
public sealed record PreparedWords(List<WordSpan> Words, IReadOnlyList<WordChunk> Chunks);
