using EntityGraph.Ner.Encoding;
using EntityGraph.Text.Tokenization;

namespace EntityGraph.Ner.Decoding;

/// <summary>
/// The text-to-spans path of bilstm-crf models, shared by the runtime (ONNX) and the trainer (TorchSharp): pre-tokenize
/// a text region into words, encode them into chunks, and decode the chunks' emission scores with the CRF into spans.
/// </summary>
public sealed class CrfSpanPredictor(WordFeatureEncoder encoder, CrfDecoder decoder)
{
    public LabelSet Labels => decoder.Labels;

    public WordFeatureEncoder Encoder => encoder;

    public PreparedWords Prepare(string text, int start, int end)
    {
        var words = new List<WordSpan>();
        PreTokenizer.Split(text, start, end, words);
        return new PreparedWords(words, encoder.Encode(text, words));
    }

    /// <summary>Decodes spans from per-chunk emissions, row-major [chunk length, labels] each.</summary>
    public List<PredictedSpan> Decode(PreparedWords prepared, IReadOnlyList<float[]> chunkEmissions)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(chunkEmissions);
        var count = Labels.Count;
        var emissions = new float[prepared.Words.Count * count];
        for (var c = 0; c < prepared.Chunks.Count; c++)
        {
            var chunk = prepared.Chunks[c];
            var owned = chunk.OwnedEnd - chunk.OwnedStart;
            chunkEmissions[c].AsSpan((chunk.OwnedStart - chunk.FirstWord) * count, owned * count)
                .CopyTo(emissions.AsSpan(chunk.OwnedStart * count));
        }

        var (labels, confidence) = decoder.Decode(emissions, prepared.Words.Count);
        return WordLabelSpans.ToSpans(prepared.Words, labels, confidence, Labels);
    }
}
