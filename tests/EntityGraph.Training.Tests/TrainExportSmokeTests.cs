using EntityGraph.Ner;
using EntityGraph.Ner.Runtime;
using EntityGraph.Training.Export;
using EntityGraph.Training.Modeling;
using EntityGraph.Training.Training;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EntityGraph.Training.Tests;

public sealed class TrainExportSmokeTests : IDisposable
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

    private readonly string _root = Path.Combine(Path.GetTempPath(), "eg-train-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Trains_a_few_steps_exports_onnx_and_tags_a_sentence_through_the_runtime()
    {
        Directory.CreateDirectory(_root);
        var data = Path.Combine(_root, "train.iob2");
        await File.WriteAllTextAsync(data, Sentences);
        var run = Path.Combine(_root, "run");
        var state = new Trainer(new TrainingOptions
        {
            TrainPaths = [data],
            DevPaths = [data],
            Language = "en",
            OutputDirectory = run,
            ModelId = "smoke",
            Epochs = 40,
            BatchSize = 3,
            LearningRate = 3e-4,
            WarmupFraction = 0.1,
            LogEvery = 10,
        }, TextWriter.Null).Run();
        Assert.Equal(40, state.Steps);
        Assert.True(File.Exists(Path.Combine(run, "best.weights")));

        var folder = Path.Combine(_root, "model");
        var report = new ModelExporter(TextWriter.Null).Export(run, folder, null, allowQuantized: true, threads: 2);
        Assert.InRange(report.ParityMaxAbsDiff, 0, 1e-3);
        Assert.True(File.Exists(Path.Combine(folder, "model.onnx")));
        Assert.True(File.Exists(Path.Combine(folder, "README.md")));

        var options = Options.Create(new NerOptions { ExecutionProvider = "cpu" });
        var catalog = new ModelCatalog(new OnnxSessionFactory(options, NullLogger<OnnxSessionFactory>.Instance), options, NullLogger<ModelCatalog>.Instance);
        await using var model = catalog.LoadFolder(folder);
        const string text = "Anna works at Acme in Paris.";
        var spans = await model.PredictAsync(text);
        Assert.Equal([("Anna", "PER"), ("Acme", "ORG"), ("Paris", "LOC")], spans.Select(s => (text[s.Start..s.End], s.Type)).ToArray());

        AssertExportedWeightsReadBack(run, folder, state);
    }

    [Fact]
    public async Task Resuming_a_finished_run_continues_from_its_checkpoint()
    {
        Directory.CreateDirectory(_root);
        var data = Path.Combine(_root, "train.iob2");
        await File.WriteAllTextAsync(data, Sentences);
        var options = new TrainingOptions { TrainPaths = [data], Language = "en", OutputDirectory = Path.Combine(_root, "resume"), Epochs = 1, BatchSize = 3 };
        var first = new Trainer(options, TextWriter.Null).Run();
        var log = new StringWriter();
        var second = new Trainer(options with { Epochs = 2 }, log).Run();
        Assert.Equal(1, first.EpochsDone);
        Assert.Equal(2, second.EpochsDone);
        Assert.Contains("resumed after epoch 1", log.ToString());
    }

    /// <summary>A new model seeded from the exported folder holds the run's best weights up to int8 rounding.</summary>
    private static void AssertExportedWeightsReadBack(string run, string folder, TrainingState state)
    {
        var config = new TransformerConfig(state.VocabularySize);
        using var trained = new TransformerTokenClassifier(config, state.Labels.Count);
        trained.load(Path.Combine(run, "best.weights"));
        using var seeded = new TransformerTokenClassifier(config, state.Labels.Count);

        var copied = EncoderTransfer.Apply(seeded, folder, state.Labels);

        var expected = trained.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        Assert.Equal(expected.Count, copied);
        foreach (var (name, parameter) in seeded.named_parameters())
        {
            var scale = expected[name].abs().max().item<float>();
            var difference = (parameter - expected[name]).abs().max().item<float>();
            Assert.True(difference <= (scale / 127f) + 1e-6f, $"{name}: differs by {difference} (largest magnitude {scale})");
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
