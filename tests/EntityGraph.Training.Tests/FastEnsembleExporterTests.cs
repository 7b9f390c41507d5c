using System.Text.Json;
using EntityGraph.Ner;
using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Encoding;
using EntityGraph.Ner.Models;
using EntityGraph.Ner.Runtime;
using EntityGraph.TestSupport;
using EntityGraph.Training.Export;
using EntityGraph.Training.Fast;
using Google.Protobuf;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using Onnx;

namespace EntityGraph.Training.Tests;

public sealed class FastEnsembleExporterTests : IDisposable
{
    private const string Text = "ACME hired Anna in Berlin .";
    private readonly string _root = Directory.CreateTempSubdirectory("ensemble-").FullName;

    [Fact]
    public void The_ensemble_graph_outputs_the_mean_of_its_members_emissions()
    {
        var a = TinyBiLstmModel.Create(Path.Combine(_root, "a"));
        var b = TinyBiLstmModel.Create(Path.Combine(_root, "b"));
        ShiftEmissionBias(b, label: 3, by: 2f);
        var output = Path.Combine(_root, "ensemble");

        new FastEnsembleExporter(TextWriter.Null).Export([a, b], output, "tiny-ensemble", [], threads: 1);

        var (ensemble, first, second) = (Emissions(output), Emissions(a), Emissions(b));
        Assert.Equal(first.Length, ensemble.Length);
        for (var i = 0; i < ensemble.Length; i++)
        {
            Assert.Equal((first[i] + second[i]) / 2, ensemble[i], 4);
        }

        Assert.Contains(first.Zip(second), p => Math.Abs(p.First - p.Second) > 1);
    }

    [Fact]
    public void The_ensemble_folder_is_a_bilstm_crf_model_that_scores_its_dev_set()
    {
        var a = TinyBiLstmModel.Create(Path.Combine(_root, "a"));
        var b = TinyBiLstmModel.Create(Path.Combine(_root, "b"));
        var dev = Path.Combine(_root, "tiny.dev.iob2");
        File.WriteAllText(dev, "ACME\tB-ORG\nhired\tO\nAnna\tB-PER\n.\tO\n\n");
        var output = Path.Combine(_root, "ensemble");

        var report = new FastEnsembleExporter(TextWriter.Null).Export([a, b], output, "tiny-ensemble", [dev], threads: 1);

        Assert.Equal(100, report.Int8!.F1);
        var config = ModelConfig.Load(output);
        Assert.Equal("tiny-ensemble", config.Id);
        Assert.Equal(ModelArchitectures.BiLstmCrf, config.Architecture);
        Assert.Equal(0.1f, config.Crf!.Transitions[0][0], 5);
        Assert.Contains("dev F1 100.00", File.ReadAllText(Path.Combine(output, "README.md")));
    }

    [Fact]
    public void Members_with_different_vocabularies_are_refused()
    {
        var a = TinyBiLstmModel.Create(Path.Combine(_root, "a"));
        var b = TinyBiLstmModel.Create(Path.Combine(_root, "b"));
        File.AppendAllText(Path.Combine(b, "words.txt"), "extra\n");

        var error = Assert.Throws<FastExportException>(() =>
            new FastEnsembleExporter(TextWriter.Null).Export([a, b], Path.Combine(_root, "ensemble"), "tiny-ensemble", [], threads: 1));

        Assert.Contains("words.txt", error.Message);
    }

    [Fact]
    public void One_member_is_not_an_ensemble()
    {
        var a = TinyBiLstmModel.Create(Path.Combine(_root, "a"));

        Assert.Throws<FastExportException>(() =>
            new FastEnsembleExporter(TextWriter.Null).Export([a], Path.Combine(_root, "ensemble"), "tiny-ensemble", [], threads: 1));
    }

    [Fact]
    public async Task A_shared_first_member_is_used_where_it_is_and_the_runtime_averages_both_graphs()
    {
        var models = Path.Combine(_root, "models");
        var a = TinyBiLstmModel.Create(models);
        var b = TinyBiLstmModel.Create(Path.Combine(_root, "b"));
        ShiftEmissionBias(b, label: 3, by: 2f);
        var output = Path.Combine(models, "tiny-x2");

        new FastEnsembleExporter(TextWriter.Null).Export([a, b], output, "tiny-x2", [], threads: 1, shareFirst: true);

        var config = ModelConfig.Load(output);
        Assert.Equal(["../tiny-bilstm"], config.Members!);
        Assert.Equal("../tiny-bilstm/words.txt", config.WordFeatures!.Words);
        Assert.False(File.Exists(Path.Combine(output, "words.txt")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(b, "model.onnx")), File.ReadAllBytes(Path.Combine(output, "model.onnx")));
        await using var model = (BiLstmCrfModel)Catalog().LoadFolder(output);
        var ensemble = model.Scorer.Score(model.Predictor.Prepare(Text, 0, Text.Length).Chunks)[0];
        var (first, second) = (Emissions(a), Emissions(b));
        for (var i = 0; i < ensemble.Length; i++)
        {
            Assert.Equal((first[i] + second[i]) / 2, ensemble[i], 4);
        }

        Assert.Contains((await model.PredictAsync(Text)).Select(s => Text[s.Start..s.End]), t => t == "Anna");
    }

    [Fact]
    public void A_member_whose_vocabulary_the_ensemble_does_not_use_is_refused_at_load()
    {
        var models = Path.Combine(_root, "models");
        var a = TinyBiLstmModel.Create(models);
        var output = Path.Combine(models, "tiny-x2");
        new FastEnsembleExporter(TextWriter.Null).Export([a, TinyBiLstmModel.Create(Path.Combine(_root, "b"))], output, "tiny-x2", [], threads: 1, shareFirst: true);
        var config = ModelConfig.Load(output);
        File.Copy(Path.Combine(a, "words.txt"), Path.Combine(output, "words.txt"));
        File.WriteAllText(Path.Combine(output, "config.json"), JsonSerializer.Serialize(config with { WordFeatures = config.WordFeatures! with { Words = "words.txt" } }, ModelConfig.Json));

        var error = Assert.Throws<InvalidDataException>(() => Catalog().LoadFolder(output));

        Assert.Contains("../tiny-bilstm", error.Message);
    }

    [Fact]
    public void Sharing_the_first_member_needs_exactly_two()
    {
        var members = new[] { "a", "b", "c" }.Select(m => TinyBiLstmModel.Create(Path.Combine(_root, m))).ToList();

        var error = Assert.Throws<FastExportException>(() =>
            new FastEnsembleExporter(TextWriter.Null).Export(members, Path.Combine(_root, "ensemble"), "tiny-x3", [], threads: 1, shareFirst: true));

        Assert.Contains("exactly two", error.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static ModelCatalog Catalog()
    {
        var options = Options.Create(new NerOptions { ExecutionProvider = "cpu" });
        return new ModelCatalog(new OnnxSessionFactory(options, NullLogger<OnnxSessionFactory>.Instance), options, NullLogger<ModelCatalog>.Instance);
    }

    private static float[] Emissions(string folder)
    {
        var config = ModelConfig.Load(folder);
        var features = config.WordFeatures!;
        var encoder = new WordFeatureEncoder(SymbolVocabulary.Load(Path.Combine(folder, features.Words)), SymbolVocabulary.Load(Path.Combine(folder, features.Characters)), features);
        var predictor = new CrfSpanPredictor(encoder, new CrfDecoder(new LabelSet(config.Labels), config.Crf!));
        using var session = new InferenceSession(Path.Combine(folder, "model.onnx"));
        return new OnnxSequenceScorer(session, config.Labels.Count).Score(predictor.Prepare(Text, 0, Text.Length).Chunks)[0];
    }

    /// <summary>Adds a constant to one label's emission bias in the member's graph, so the two members disagree.</summary>
    private static void ShiftEmissionBias(string folder, int label, float by)
    {
        var path = Path.Combine(folder, "model.onnx");
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(path));
        var bias = model.Graph.Initializer.Single(t => t.Name == "emissions.bias");
        var values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bias.RawData.Span).ToArray();
        values[label] += by;
        bias.RawData = ByteString.CopyFrom(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        File.WriteAllBytes(path, model.ToByteArray());
    }
}
