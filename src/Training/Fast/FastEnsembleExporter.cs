using System.Text.Json;
using EntityGraph.Ner.Models;
using EntityGraph.OnnxGraph;
using EntityGraph.Training.Export;
using EntityGraph.Training.Training;
using Google.Protobuf;
using Onnx;

namespace EntityGraph.Training.Fast;

/// <summary>
/// Combines exported BiLSTM-CRF models of one language (trained on the same data with different seeds, so they share
/// their word and character vocabularies) into one bilstm-crf model folder: one ONNX graph whose emissions are the mean
/// of the members', and the mean of their CRF scores. Scores every member and the ensemble on the dev sets through the
/// shared span path and writes eval.json and a card. The runtime serves it like any bilstm-crf model.
/// </summary>
public sealed class FastEnsembleExporter(TextWriter log)
{
    public ExportReport Export(IReadOnlyList<string> memberFolders, string outputDirectory, string modelId, IReadOnlyList<string> devPaths, int threads, bool shareFirst = false)
    {
        ArgumentNullException.ThrowIfNull(memberFolders);
        if (memberFolders.Count < 2)
        {
            throw new FastExportException($"an ensemble needs at least two member models, got {memberFolders.Count}.");
        }

        if (shareFirst && memberFolders.Count != 2)
        {
            throw new FastExportException($"sharing the first member's files needs exactly two members (this folder holds the second's graph), got {memberFolders.Count}.");
        }

        var configs = memberFolders.Select(Load).ToList();
        var first = configs[0];
        var features = first.WordFeatures!;
        for (var m = 1; m < configs.Count; m++)
        {
            Require(configs[m].Labels.SequenceEqual(first.Labels), memberFolders[m], "has other labels than the first member");
            Require(configs[m].WordFeatures == features, memberFolders[m], "has other word features than the first member");
            Require(SameFile(memberFolders[0], memberFolders[m], features.Words), memberFolders[m], $"has another {features.Words}; members must be trained on the same data");
            Require(SameFile(memberFolders[0], memberFolders[m], features.Characters), memberFolders[m], $"has another {features.Characters}; members must be trained on the same data");
        }

        Directory.CreateDirectory(outputDirectory);
        var modelPath = Path.Combine(outputDirectory, "model.onnx");
        var config = first with { Id = modelId, Crf = CrfAverage.Of(configs.Select(c => c.Crf!).ToList()) };
        if (shareFirst)
        {
            File.Copy(Path.Combine(memberFolders[1], "model.onnx"), modelPath, overwrite: true);
            var shared = Path.GetRelativePath(Path.GetFullPath(outputDirectory), Path.GetFullPath(memberFolders[0]));
            config = config with
            {
                Members = [shared],
                WordFeatures = features with { Words = Path.Combine(shared, features.Words), Characters = Path.Combine(shared, features.Characters) },
            };
        }
        else
        {
            var merged = GraphEnsembler.Mean(memberFolders.Select(f => ModelProto.Parser.ParseFrom(File.ReadAllBytes(Path.Combine(f, "model.onnx")))).ToList(), "emissions");
            merged.MetadataProps.Add(new StringStringEntryProto { Key = "model_id", Value = modelId });
            merged.MetadataProps.Add(new StringStringEntryProto { Key = "labels", Value = string.Join(',', first.Labels) });
            merged.MetadataProps.Add(new StringStringEntryProto { Key = "architecture", Value = ModelArchitectures.BiLstmCrf });
            File.WriteAllBytes(modelPath, merged.ToByteArray());
            File.Copy(Path.Combine(memberFolders[0], features.Words), Path.Combine(outputDirectory, features.Words), overwrite: true);
            File.Copy(Path.Combine(memberFolders[0], features.Characters), Path.Combine(outputDirectory, features.Characters), overwrite: true);
        }

        File.WriteAllText(Path.Combine(outputDirectory, "config.json"), JsonSerializer.Serialize(config, ModelConfig.Json));
        log.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length / 1e6:F2} MB) from {memberFolders.Count} members{(shareFirst ? $", sharing {config.Members![0]}" : string.Empty)}");

        var dev = devPaths.Count == 0 ? [] : CorpusFile.Load(devPaths, first.Languages[0]);
        var memberF1 = new List<double>();
        DevScores? scores = null;
        var wordsPerSecond = 0.0;
        if (dev.Count > 0)
        {
            foreach (var member in memberFolders)
            {
                memberF1.Add(FolderDevScorer.Score(member, dev, threads).Overall.F1);
                log.WriteLine($"member {member}: dev F1 {memberF1[^1]:F2}");
            }

            var ensemble = FolderDevScorer.Score(outputDirectory, dev, threads);
            scores = ensemble.Overall;
            wordsPerSecond = scores.Tokens / ensemble.Seconds;
            log.WriteLine($"ensemble: dev F1 {scores.F1:F2} ({wordsPerSecond:F0} words/s, batch 32, {threads} threads)");
        }

        var report = new ExportReport
        {
            ModelId = modelId,
            Language = first.Languages[0],
            Languages = first.Languages,
            TrainData = memberFolders.SelectMany(TrainDataOf).Distinct(StringComparer.Ordinal).ToList(),
            DevData = devPaths,
            Int8 = scores,
            Quantized = first.Quantized,
            FileBytes = new FileInfo(modelPath).Length,
            WordsPerSecond = Math.Round(wordsPerSecond),
        };
        File.WriteAllText(Path.Combine(outputDirectory, "eval.json"), JsonSerializer.Serialize(report, ModelConfig.Json));
        EnsembleModelCard.Write(Path.Combine(outputDirectory, "README.md"), report, memberFolders, memberF1, config.Members?[0]);
        return report;
    }

    private static ModelConfig Load(string folder)
    {
        var config = ModelConfig.Load(folder);
        Require(config.Architecture == ModelArchitectures.BiLstmCrf && config.WordFeatures is not null && config.Crf is not null, folder, "is not a bilstm-crf model");
        Require(config.Members is null, folder, "is an ensemble itself");
        return config;
    }

    private static IReadOnlyList<string> TrainDataOf(string folder)
    {
        var path = Path.Combine(folder, "eval.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<ExportReport>(File.ReadAllText(path), ModelConfig.Json)?.TrainData ?? [] : [];
    }

    private static bool SameFile(string a, string b, string name) =>
        File.ReadAllBytes(Path.Combine(a, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, name)));

    private static void Require(bool condition, string folder, string problem)
    {
        if (!condition)
        {
            throw new FastExportException($"{folder} {problem}.");
        }
    }
}
