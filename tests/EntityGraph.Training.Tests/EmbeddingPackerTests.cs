using System.Text.Json;
using EntityGraph.Ner.Models;
using EntityGraph.OnnxGraph;
using EntityGraph.TestSupport;
using EntityGraph.Training.BaseModels;
using EntityGraph.Training.Export;
using Onnx;

namespace EntityGraph.Training.Tests;

public sealed class EmbeddingPackerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pack-").FullName;
    private readonly string _dev;

    public EmbeddingPackerTests()
    {
        _dev = Path.Combine(_root, "tiny.dev.iob2");
        File.WriteAllText(_dev, "ACME\tB-ORG\nhired\tO\nAnna\tB-PER\n.\tO\n\nthe\tO\nBERLIN\tB-ORG\n\n");
    }

    [Fact]
    public void A_packed_bilstm_crf_folder_stores_4_bit_words_and_tags_as_before()
    {
        var model = TinyBiLstmModel.Create(Path.Combine(_root, "source"), quantize: true);
        var output = Path.Combine(_root, "packed");

        var report = new EmbeddingPacker(TextWriter.Null).Pack(model, output, [_dev], int.MaxValue, threads: 1);

        Assert.Equal(100, report.Before!.F1);
        Assert.Equal(100, report.After!.F1);
        Assert.True(report.WordsPerSecond > 0);
        Assert.Equal(new FileInfo(Path.Combine(output, "model.onnx")).Length, report.BytesAfter);
        Assert.Contains(Initializers(output), name => name == "word_embeddings.weight" + PackedEmbedding.ValuesSuffix);
        Assert.DoesNotContain(Initializers(output), name => name == "word_embeddings.weight.int8");
        Assert.Equal(File.ReadAllText(Path.Combine(model, "words.txt")), File.ReadAllText(Path.Combine(output, "words.txt")));
        Assert.Equal(File.ReadAllText(Path.Combine(model, "config.json")), File.ReadAllText(Path.Combine(output, "config.json")));
        Assert.Contains("word embeddings packed to 4 bits", File.ReadAllText(Path.Combine(output, "README.md")));
    }

    [Fact]
    public void A_packed_transformer_reads_back_with_its_shape_and_a_table_within_half_a_step()
    {
        var models = Path.Combine(_root, "source");
        var model = TinyNerModel.Create(models, quantize: true);
        File.WriteAllText(Path.Combine(model, "eval.json"), JsonSerializer.Serialize(new ExportReport { ModelId = TinyNerModel.ModelId, Language = "en", FileBytes = 1 }, ModelConfig.Json));
        var output = Path.Combine(_root, "packed");

        var report = new EmbeddingPacker(TextWriter.Null).Pack(model, output, [_dev], int.MaxValue, threads: 1);

        var before = ExportedTransformer.Load(model);
        var after = ExportedTransformer.Load(output);
        Assert.Equal(before.Spec with { PackWordEmbeddings = true }, after.Spec);
        Assert.Equal(new TransformerGraphSpec(8, 1, 2, TinyNerModel.Labels.Length, 1e-5f, Quantize: true), before.Spec);
        var step = before.Weights["word_embeddings.weight"].Data.Max(Math.Abs) / 7;
        Assert.All(before.Weights["word_embeddings.weight"].Data.Zip(after.Weights["word_embeddings.weight"].Data), p => Assert.InRange(Math.Abs(p.First - p.Second), 0, (step / 2) + 1e-6));
        Assert.Equal(before.Weights["layers.0.intermediate.weight"].Data, after.Weights["layers.0.intermediate.weight"].Data);
        Assert.Equal(report.Before!.F1, report.After!.F1);
        var eval = JsonSerializer.Deserialize<ExportReport>(File.ReadAllText(Path.Combine(output, "eval.json")), ModelConfig.Json)!;
        Assert.Equal(report.BytesAfter, eval.FileBytes);
        Assert.Equal(report.BytesBefore, eval.Packing!.BytesBefore);

        ManifestUpdater.SetPacked(Path.Combine(models, "manifest.json"), TinyNerModel.ModelId, report);
        var entry = ModelManifest.Load(Path.Combine(models, "manifest.json")).Models.Single();
        Assert.Equal(report.BytesAfter, entry.SizeBytes);
        Assert.Equal(report.After.F1, Assert.Single(entry.DevF1).Value);
    }

    [Fact]
    public void A_packed_model_is_refused_and_the_folder_left_as_it_was()
    {
        var model = TinyBiLstmModel.Create(Path.Combine(_root, "source"), quantize: true);
        var output = Path.Combine(_root, "packed");
        new EmbeddingPacker(TextWriter.Null).Pack(model, output, [], int.MaxValue, threads: 1);
        var bytes = File.ReadAllBytes(Path.Combine(output, "model.onnx"));

        var error = Assert.Throws<InvalidDataException>(() => StagedFolder.Write(output, staging => new EmbeddingPacker(TextWriter.Null).Pack(output, staging, [], int.MaxValue, threads: 1)));

        Assert.Contains("already", error.Message);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(output, "model.onnx")));
    }

    [Fact]
    public void Dropping_added_pieces_shortens_the_vocabulary_and_the_table_alike()
    {
        var model = TinyNerModel.Create(Path.Combine(_root, "source"), quantize: true);
        File.WriteAllText(Path.Combine(model, "eval.json"), JsonSerializer.Serialize(new ExportReport { ModelId = TinyNerModel.ModelId, Language = "en", AddedPieces = 4 }, ModelConfig.Json));
        var output = Path.Combine(_root, "packed");

        var report = new EmbeddingPacker(TextWriter.Null).Pack(model, output, [_dev], int.MaxValue, threads: 1, dropAddedPieces: true);

        var vocabulary = File.ReadAllLines(Path.Combine(output, "vocab.txt"));
        Assert.Equal(File.ReadAllLines(Path.Combine(model, "vocab.txt"))[..^4], vocabulary);
        Assert.Equal(vocabulary.Length, ExportedTransformer.Load(output).Weights["word_embeddings.weight"].Shape[0]);
        Assert.Equal(4, report.DroppedPieces);
        Assert.Equal(100, report.After!.F1);
        Assert.Equal(0, JsonSerializer.Deserialize<ExportReport>(File.ReadAllText(Path.Combine(output, "eval.json")), ModelConfig.Json)!.AddedPieces);
        Assert.Contains("4 word pieces", File.ReadAllText(Path.Combine(output, "README.md")));
    }

    [Fact]
    public void Only_a_transformer_with_added_pieces_can_drop_them()
    {
        var model = TinyBiLstmModel.Create(Path.Combine(_root, "source"), quantize: true);

        var error = Assert.Throws<InvalidDataException>(() => new EmbeddingPacker(TextWriter.Null).Pack(model, Path.Combine(_root, "packed"), [], int.MaxValue, threads: 1, dropAddedPieces: true));

        Assert.Contains("no added word pieces", error.Message);
    }

    [Fact]
    public void Packing_that_costs_more_dev_F1_than_allowed_is_refused()
    {
        var model = TinyBiLstmModel.Create(Path.Combine(_root, "source"), quantize: true);
        var bytes = File.ReadAllBytes(Path.Combine(model, "model.onnx"));

        var error = Assert.Throws<PackingRefusedException>(() => StagedFolder.Write(model, staging => new EmbeddingPacker(TextWriter.Null).Pack(model, staging, [_dev], int.MaxValue, threads: 1, maxDrop: -0.5)));

        Assert.Contains("100.00", error.Message);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(model, "model.onnx")));
        Assert.False(File.Exists(Path.Combine(model, "README.md")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static List<string> Initializers(string folder) =>
        ModelProto.Parser.ParseFrom(File.ReadAllBytes(Path.Combine(folder, "model.onnx"))).Graph.Initializer.Select(i => i.Name).ToList();
}
