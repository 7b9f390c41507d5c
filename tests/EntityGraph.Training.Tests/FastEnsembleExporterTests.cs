using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Encoding;
using EntityGraph.Ner.Models;
using EntityGraph.Ner.Runtime;
using EntityGraph.TestSupport;
using EntityGraph.Training.Export;
using EntityGraph.Training.Fast;
using Google.Protobuf;
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

    public void Dispose() => Directory.Delete(_root, recursive: true);

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
