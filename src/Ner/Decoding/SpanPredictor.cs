using EntityGraph.Ner.Encoding;
using EntityGraph.Text.Tokenization;

namespace EntityGraph.Ner.Decoding;

/// <summary>
/// The shared text-to-spans path of every token-classification model, used identically by the runtime (ONNX) and the
/// trainer (TorchSharp): prepare windows from raw text, let a model score them, decode word labels into character spans.
/// </summary>
public sealed class SpanPredictor
{
    private readonly WordPieceTokenizer _tokenizer;
    private readonly int _maxLength;

    public SpanPredictor(WordPieceTokenizer tokenizer, LabelSet labels, int maxLength)
    {
        _tokenizer = tokenizer;
        Labels = labels;
        _maxLength = maxLength;
    }

    public LabelSet Labels { get; }

    /// <summary>The word-piece tokenizer the model's windows are built with.</summary>
    public WordPieceTokenizer Tokenizer => _tokenizer;

    public PreparedText Prepare(string text, int start, int end)
    {
        var encoded = new EncodedText();
        _tokenizer.Encode(text, start, end, encoded);
        return new PreparedText(encoded, NerFeatureEncoder.Encode(encoded, _tokenizer.Vocabulary, _maxLength));
    }

    /// <summary>Decodes spans from per-window logits, row-major [window length, labels] each.</summary>
    public List<PredictedSpan> Decode(PreparedText prepared, IReadOnlyList<float[]> windowLogits)
    {
        var words = prepared.Encoded.Words;
        var count = Labels.Count;
        var probabilities = new float[words.Count * count];
        for (var w = 0; w < prepared.Windows.Count; w++)
        {
            var window = prepared.Windows[w];
            var logits = windowLogits[w];
            for (var word = window.OwnedStart; word < window.OwnedEnd; word++)
            {
                var position = window.FirstPieceOfWord[word - window.FirstWord];
                Softmax(logits.AsSpan(position * count, count), probabilities.AsSpan(word * count, count));
            }
        }

        var (labels, confidence) = IobDecoder.Decode(probabilities, words.Count, Labels);
        return WordLabelSpans.ToSpans(words, labels, confidence, Labels);
    }

    private static void Softmax(ReadOnlySpan<float> logits, Span<float> destination)
    {
        var max = float.NegativeInfinity;
        foreach (var v in logits)
        {
            max = Math.Max(max, v);
        }

        var sum = 0f;
        for (var i = 0; i < logits.Length; i++)
        {
            destination[i] = MathF.Exp(logits[i] - max);
            sum += destination[i];
        }

        for (var i = 0; i < logits.Length; i++)
        {
            destination[i] /= sum;
        }
    }
}
