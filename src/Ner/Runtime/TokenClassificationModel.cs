using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Encoding;
using EntityGraph.Ner.Models;
using EntityGraph.Text.Segmentation;
using EntityGraph.Text.Tokenization;
using Microsoft.ML.OnnxRuntime;

namespace EntityGraph.Ner.Runtime;

/// <summary>
/// A loaded transformer token classifier: one ONNX session shared by all callers behind a dynamic batcher.
/// Text is split into sentences, encoded into windows, scored in batches and decoded into character spans.
/// </summary>
public sealed class TokenClassificationModel : ITokenClassificationModel
{
    private readonly InferenceSession _session;
    private readonly InferenceBatcher<NerWindow> _batcher;

    public TokenClassificationModel(ModelConfig config, InferenceSession session, string provider, WordPieceVocabulary vocabulary, BatchingSettings batching)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(batching);
        Config = config;
        Provider = provider;
        _session = session;
        var labels = new LabelSet(config.Labels);
        Predictor = new SpanPredictor(WordPieceNormalizations.CreateTokenizer(config.Tokenizer, vocabulary), labels, config.MaxLength);
        Scorer = new OnnxWindowScorer(session, labels.Count, vocabulary.PadId);
        _batcher = new InferenceBatcher<NerWindow>(Scorer.Score, w => w.Length, batching.MaxBatch, batching.Delay, config.Id, batching.Logger);
    }

    public ModelConfig Config { get; }

    public string Provider { get; }

    public SpanPredictor Predictor { get; }

    public OnnxWindowScorer Scorer { get; }

    public async Task<List<PredictedSpan>> PredictAsync(string text, CancellationToken cancellationToken = default)
    {
        var prepared = SentenceSplitter.Split(text).Select(s => Predictor.Prepare(text, s.Start, s.End)).ToList();
        var windows = prepared.SelectMany(p => p.Windows).ToList();
        var logits = await _batcher.ScoreAsync(windows, cancellationToken).ConfigureAwait(false);
        var spans = new List<PredictedSpan>();
        var offset = 0;
        foreach (var sentence in prepared)
        {
            var count = sentence.Windows.Count;
            spans.AddRange(Predictor.Decode(sentence, logits.Skip(offset).Take(count).ToList()));
            offset += count;
        }

        return spans;
    }

    public IReadOnlyList<EncodedBatch> EncodeBatches(IEnumerable<string> texts, int maxBatch)
    {
        var windows = texts.SelectMany(text => SentenceSplitter.Split(text).SelectMany(s => Predictor.Prepare(text, s.Start, s.End).Windows));
        return LengthBatches.Group(windows, w => w.Length, maxBatch).Select(Scorer.Encode).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _batcher.DisposeAsync().ConfigureAwait(false);
        _session.Dispose();
    }
}
