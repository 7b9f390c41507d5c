using System.Text.Json;
using EntityGraph.Ner.Models;
using EntityGraph.OnnxGraph;
using EntityGraph.Training.Training;
using Onnx;

namespace EntityGraph.Training.Export;

/// <summary>
/// Writes an exported model folder again with its word embedding table stored as 4-bit groups
/// (<see cref="PackedEmbedding"/>); every other weight keeps its storage. Scores the graph before and after on the dev
/// sets through the shared span path, records both in eval.json and appends them to the card. Refuses (and writes
/// nothing the caller keeps) when packing costs more than <c>maxDrop</c> dev F1. With <c>dropAddedPieces</c>, a
/// transformer also loses the word pieces its vocabulary was extended with for other scripts (the last
/// <see cref="ExportReport.AddedPieces"/> rows and vocab.txt lines): for a model that serves a Latin-script language.
/// </summary>
public sealed class EmbeddingPacker(TextWriter log)
{
    private const string WordEmbeddings = "word_embeddings.weight";

    public PackReport Pack(string modelFolder, string outputDirectory, IReadOnlyList<string> devPaths, int maxDevPerFile, int threads, double maxDrop = double.PositiveInfinity, bool dropAddedPieces = false)
    {
        ArgumentNullException.ThrowIfNull(devPaths);
        var config = ModelConfig.Load(modelFolder);
        var exported = File.Exists(Path.Combine(modelFolder, "eval.json")) ? JsonSerializer.Deserialize<ExportReport>(File.ReadAllText(Path.Combine(modelFolder, "eval.json")), ModelConfig.Json) : null;
        var dropped = dropAddedPieces ? exported?.AddedPieces ?? 0 : 0;
        if (dropAddedPieces && (config.Architecture != ModelArchitectures.Transformer || dropped == 0))
        {
            throw new InvalidDataException($"{modelFolder} has no added word pieces to drop (only a transformer whose eval.json counts addedPieces has).");
        }

        var source = Path.Combine(modelFolder, config.File);
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(source));
        if (model.Graph.Initializer.Any(i => i.Name == WordEmbeddings + PackedEmbedding.ValuesSuffix))
        {
            throw new InvalidDataException($"{source} already stores its word embeddings as 4-bit groups.");
        }

        Directory.CreateDirectory(outputDirectory);
        foreach (var file in Directory.EnumerateFiles(modelFolder))
        {
            File.Copy(file, Path.Combine(outputDirectory, Path.GetFileName(file)), overwrite: true);
        }

        var packed = Path.Combine(outputDirectory, config.File);
        var metadata = model.MetadataProps.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var columns = WriteGraph(config, model, packed, metadata, dropped);
        if (dropped > 0)
        {
            var vocabulary = File.ReadAllLines(Path.Combine(modelFolder, config.Vocabulary));
            File.WriteAllLines(Path.Combine(outputDirectory, config.Vocabulary), vocabulary[..^dropped]);
        }

        var report = new PackReport
        {
            BytesBefore = new FileInfo(source).Length,
            BytesAfter = new FileInfo(packed).Length,
            GroupSize = Int4Quantizer.GroupSize(columns),
            DroppedPieces = dropped,
            DevData = devPaths,
        };
        if (devPaths.Count > 0)
        {
            var dev = CorpusFile.Load(devPaths, config.Languages.Count == 1 ? config.Languages[0] : CorpusFile.AutoLanguage, maxDevPerFile);
            var before = FolderDevScorer.Score(modelFolder, dev, threads);
            var after = FolderDevScorer.Score(outputDirectory, dev, threads);
            report = report with { Before = before.Overall, After = after.Overall, AfterPerFile = after.PerFile, WordsPerSecond = Math.Round(after.Overall.Tokens / after.Seconds) };
        }

        log.WriteLine($"{config.Id}: {report.BytesBefore / 1e6:F2} MB -> {report.BytesAfter / 1e6:F2} MB; dev F1 {report.Before?.F1.ToString("F2") ?? "-"} -> {report.After?.F1.ToString("F2") ?? "-"}");

        if (report.Before is not null && report.After!.F1 < report.Before.F1 - maxDrop)
        {
            throw new PackingRefusedException($"{config.Id}: packed dev F1 {report.After.F1:F2} is more than {maxDrop:F2} below {report.Before.F1:F2}; the model stays as it is.");
        }

        if (exported is not null)
        {
            File.WriteAllText(Path.Combine(outputDirectory, "eval.json"), JsonSerializer.Serialize(exported with { FileBytes = report.BytesAfter, AddedPieces = exported.AddedPieces - dropped, Packing = report }, ModelConfig.Json));
        }

        PackedModelCard.Append(Path.Combine(outputDirectory, "README.md"), report);
        return report;
    }

    /// <summary>Writes the packed graph (a transformer's last <paramref name="dropRows"/> word pieces dropped) and returns the width of the word embedding table.</summary>
    private static int WriteGraph(ModelConfig config, ModelProto model, string path, Dictionary<string, string> metadata, int dropRows)
    {
        if (config.Architecture == ModelArchitectures.BiLstmCrf)
        {
            var (weights, written) = BiLstmGraphReader.Read(model);
            BiLstmGraphWriter.Write(path, weights, written with { PackWordEmbeddings = true }, metadata);
            return (int)weights[WordEmbeddings].Shape[1];
        }

        var (tensors, spec) = TransformerGraphReader.Read(model);
        var table = tensors[WordEmbeddings];
        var keep = table.Shape[0] - dropRows;
        tensors[WordEmbeddings] = new WeightTensor([keep, table.Shape[1]], table.Data[..(int)(keep * table.Shape[1])]);
        TransformerGraphWriter.Write(path, tensors, spec with { PackWordEmbeddings = true }, metadata);
        return (int)tensors[WordEmbeddings].Shape[1];
    }
}
