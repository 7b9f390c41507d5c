using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Encoding;
using EntityGraph.Ner.Models;
using EntityGraph.Text.Segmentation;
using Microsoft.ML.OnnxRuntime;

namespace EntityGraph.Ner.Runtime;

/// <summary>
/// A loaded bilstm-crf model (the FAST tier): one ONNX session shared by all callers behind a dynamic batcher. Text is split
/// into sentences and words, encoded into word chunks, scored in batches and decoded with the CRF into character spans.
/// An ensemble (<see cref="ModelConfig.Members"/>) has a session per member and scores with their mean emissions.
/// </summary>
public sealed class BiLstmCrfModel : ITokenClassificationModel
{
    private readonly IReadOnlyList<InferenceSession> _sessions;
    private readonly InferenceBatcher<WordChunk> _batcher;

    public BiLstmCrfModel(ModelConfig config, IReadOnlyList<InferenceSession> sessions, string provider, SymbolVocabulary words, SymbolVocabulary characters, BatchingSettings batching)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(batching);
        var features = config.WordFeatures ?? throw new InvalidDataException($"Model '{config.Id}' is {ModelArchitectures.BiLstmCrf} but its config.json has no wordFeatures.");
        var crf = config.Crf ?? throw new InvalidDataException($"Model '{config.Id}' is {ModelArchitectures.BiLstmCrf} but its config.json has no crf scores.");
        Config = config;
        Provider = provider;
        _sessions = sessions;
        var labels = new LabelSet(config.Labels);
        Predictor = new CrfSpanPredictor(new WordFeatureEncoder(words, characters, features), new CrfDecoder(labels, crf));
        Scorer = new OnnxSequenceScorer(sessions, labels.Count);
        _batcher = new InferenceBatcher<WordChunk>(Scorer.Score, c => c.Length, batching.MaxBatch, batching.Delay, config.Id, batching.Logger);
    }

    public ModelConfig Config { get; }

    public string Provider { get; }

    public CrfSpanPredictor Predictor { get; }

    public OnnxSequenceScorer Scorer { get; }

    public async Task<List<PredictedSpan>> PredictAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prepared = SentenceSplitter.Split(text).Select(s => Predictor.Prepare(text, s.Start, s.End)).Where(p => p.Words.Count > 0).ToList();
        var chunks = prepared.SelectMany(p => p.Chunks).ToList();
        var emissions = await _batcher.ScoreAsync(chunks, cancellationToken).ConfigureAwait(false);
        var spans = new List<PredictedSpan>();
        var offset = 0;
        foreach (var sentence in prepared)
        {
            var count = sentence.Chunks.Count;
            spans.AddRange(Predictor.Decode(sentence, emissions.Skip(offset).Take(count).ToList()));
            offset += count;
        }

        return spans;
    }

    public IReadOnlyList<EncodedBatch> EncodeBatches(IEnumerable<string> texts, int maxBatch)
    {
        var chunks = texts.SelectMany(text => SentenceSplitter.Split(text).SelectMany(s => Predictor.Prepare(text, s.Start, s.End).Chunks));
        return LengthBatches.Group(chunks, c => c.Length, maxBatch).Select(Scorer.Encode).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _batcher.DisposeAsync().ConfigureAwait(false);
        foreach (var session in _sessions)
        {
            session.Dispose();
        }
    }
}
