using BenchmarkDotNet.Attributes;
using EntityGraph.Ner;
using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Runtime;
using EntityGraph.Text.Segmentation;
using EntityGraph.Text.Tokenization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Benchmarks.Micro;

/// <summary>
/// The CPU work around the model for one 200-word English document: word-piece tokenizing, building the transformer's
/// windows, decoding its logits into spans, and the BiLSTM's word features and CRF decoding. Logits and emissions are
/// computed once in the setup, so no model runs inside a measurement.
/// </summary>
[MemoryDiagnoser]
public class NerPipelineBenchmarks
{
    private const string Paragraph =
        "Angela Merkel met executives of Siemens and Deutsche Bank in Frankfurt on Monday, two days after Emmanuel Macron " +
        "had visited the European Central Bank. The chancellor told reporters in Berlin that the talks with the International " +
        "Monetary Fund would continue in Washington next month. ";

    private ServiceProvider _services = null!;
    private TokenClassificationModel _transformer = null!;
    private BiLstmCrfModel _bilstm = null!;
    private WordPieceTokenizer _tokenizer = null!;
    private readonly EncodedText _encoded = new();
    private string _text = null!;
    private List<(int Start, int End)> _sentences = null!;
    private List<PreparedText> _windows = null!;
    private List<IReadOnlyList<float[]>> _logits = null!;
    private List<PreparedWords> _words = null!;
    private List<IReadOnlyList<float[]>> _emissions = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _text = string.Concat(Enumerable.Repeat(Paragraph, 5));
        _sentences = SentenceSplitter.Split(_text);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EntityGraph:Ner:ModelsDirectory"] = Environment.GetEnvironmentVariable("ENTITYGRAPH_MODELS") ?? "models",
            ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddEntityGraphNer().BuildServiceProvider();
        var catalog = _services.GetRequiredService<ModelCatalog>();
        var ner = _services.GetRequiredService<INerService>();
        _transformer = (TokenClassificationModel)await catalog.GetAsync(ner.Route("en", NerAccuracy.Best).ModelId);
        _bilstm = (BiLstmCrfModel)await catalog.GetAsync(ner.Route("en", NerAccuracy.Fast).ModelId);
        _tokenizer = _transformer.Predictor.Tokenizer;
        _windows = PrepareWindows();
        _logits = _windows.Select(p => (IReadOnlyList<float[]>)_transformer.Scorer.Score(p.Windows)).ToList();
        _words = PrepareWords();
        _emissions = _words.Select(p => (IReadOnlyList<float[]>)_bilstm.Scorer.Score(p.Chunks)).ToList();
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _services.DisposeAsync();

    [Benchmark]
    public int Tokenize()
    {
        _encoded.Clear();
        _tokenizer.Encode(_text, _encoded);
        return _encoded.Pieces.Count;
    }

    [Benchmark]
    public List<PreparedText> PrepareWindows() => _sentences.Select(s => _transformer.Predictor.Prepare(_text, s.Start, s.End)).ToList();

    [Benchmark]
    public int DecodeWindows()
    {
        var spans = 0;
        for (var i = 0; i < _windows.Count; i++)
        {
            spans += _transformer.Predictor.Decode(_windows[i], _logits[i]).Count;
        }

        return spans;
    }

    [Benchmark]
    public List<PreparedWords> PrepareWords() => _sentences.Select(s => _bilstm.Predictor.Prepare(_text, s.Start, s.End)).ToList();

    [Benchmark]
    public int DecodeCrf()
    {
        var spans = 0;
        for (var i = 0; i < _words.Count; i++)
        {
            spans += _bilstm.Predictor.Decode(_words[i], _emissions[i]).Count;
        }

        return spans;
    }
}
