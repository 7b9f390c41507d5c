using System.Text.Json;
using EntityGraph.Ner;
using EntityGraph.Ner.Models;
using EntityGraph.Ner.Runtime;
using EntityGraph.Training.Fast;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EntityGraph.Training.Tests;

public sealed class FastTrainExportSmokeTests : IDisposable
{
    private const string Sentences = """
        Anna	B-PER
        works	O
        at	O
        Acme	B-ORG
        in	O
        Paris	B-LOC
        .	O

        Peter	B-PER
        Smith	I-PER
        visited	O
        Berlin	B-LOC
        .	O

        Acme	B-ORG
        hired	O
        Anna	B-PER
        .	O

        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "eg-fast-train-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Trains_a_bilstm_crf_exports_onnx_within_parity_and_tags_a_sentence_through_the_runtime()
    {
        var data = await WriteDataAsync();
        var run = Path.Combine(_root, "run");
        var log = new StringWriter();
        var state = new FastTrainer(Options(data, run, epochs: 60), log).Run();
        Assert.Equal(60, state.EpochsDone);
        Assert.Equal(60, state.Steps);
        Assert.Contains("epoch 60 dev", log.ToString());
        Assert.True(File.Exists(Path.Combine(run, "best.weights")));

        var folder = Path.Combine(_root, "model");
        var report = new FastModelExporter(TextWriter.Null).Export(run, folder, "fast-smoke", allowQuantized: true, threads: 2);
        Assert.InRange(report.ParityMaxAbsDiff, 0, 1e-3);
        Assert.InRange(report.FileBytes, 1, FastModelExporter.DefaultMaxBytes);
        var config = ModelConfig.Load(folder);
        Assert.Equal(ModelArchitectures.BiLstmCrf, config.Architecture);
        Assert.Equal(config.Labels.Count, config.Crf!.Transitions.Count);
        Assert.True(File.Exists(Path.Combine(folder, "README.md")));

        var options = Microsoft.Extensions.Options.Options.Create(new NerOptions { ExecutionProvider = "cpu" });
        var catalog = new ModelCatalog(new OnnxSessionFactory(options, NullLogger<OnnxSessionFactory>.Instance), options, NullLogger<ModelCatalog>.Instance);
        await using var model = catalog.LoadFolder(folder);
        Assert.IsType<BiLstmCrfModel>(model);
        const string text = "Anna works at Acme in Paris.";
        var spans = await model.PredictAsync(text);
        Assert.Equal([("Anna", "PER"), ("Acme", "ORG"), ("Paris", "LOC")], spans.Select(s => (text[s.Start..s.End], s.Type)).ToArray());
    }

    [Fact]
    public async Task Resuming_continues_after_the_last_finished_epoch_with_the_same_vocabulary()
    {
        var data = await WriteDataAsync();
        var run = Path.Combine(_root, "resume");
        var first = new FastTrainer(Options(data, run, epochs: 1), TextWriter.Null).Run();
        var words = await File.ReadAllTextAsync(Path.Combine(run, "words.txt"));
        var log = new StringWriter();
        var second = new FastTrainer(Options(data, run, epochs: 2), log).Run();
        Assert.Equal(1, first.EpochsDone);
        Assert.Equal(2, second.EpochsDone);
        Assert.Contains("resumed after epoch 1", log.ToString());
        Assert.Equal(words, await File.ReadAllTextAsync(Path.Combine(run, "words.txt")));
        var saved = JsonSerializer.Deserialize<FastTrainingState>(await File.ReadAllTextAsync(Path.Combine(run, FastTrainingState.FileName)))!;
        Assert.Equal(2, saved.DevF1History.Count);
    }

    [Fact]
    public void Exporting_a_folder_without_a_run_fails_clearly()
    {
        Directory.CreateDirectory(_root);
        var error = Assert.Throws<FastExportException>(() => new FastModelExporter(TextWriter.Null).Export(_root, Path.Combine(_root, "out"), null, true, 1));
        Assert.Contains("no finished BiLSTM-CRF run", error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static FastTrainingOptions Options(string data, string run, int epochs) => new()
    {
        TrainPaths = [data],
        DevPaths = [data],
        Language = "en",
        OutputDirectory = run,
        ModelId = "fast-smoke",
        Shape = new FastModelShape { WordDim = 16, CharDim = 8, CharFilters = 8, CasingDim = 4, Hidden = 16, Dropout = 0.1 },
        Epochs = epochs,
        BatchSize = 3,
        LearningRate = 2e-2,
        MinCharCount = 1,
        SingletonDropout = 0.1,
        LogEvery = 10,
    };

    private async Task<string> WriteDataAsync()
    {
        Directory.CreateDirectory(_root);
        var data = Path.Combine(_root, "train.iob2");
        await File.WriteAllTextAsync(data, Sentences);
        return data;
    }
}
