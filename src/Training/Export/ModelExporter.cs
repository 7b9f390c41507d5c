using System.Diagnostics;
using System.Text.Json;
using EntityGraph.Corpus;
using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Encoding;
using EntityGraph.Ner.Models;
using EntityGraph.Ner.Runtime;
using EntityGraph.OnnxGraph;
using EntityGraph.Text.Tokenization;
using EntityGraph.Training.Modeling;
using EntityGraph.Training.Training;
using Microsoft.ML.OnnxRuntime;

namespace EntityGraph.Training.Export;

/// <summary>
/// Exports the best checkpoint of a run: float32 and int8 ONNX graphs, a logits parity check against TorchSharp,
/// dev scores of both through the shared span path, and the model folder (model.onnx, config.json, vocab.txt, README.md).
/// The int8 graph ships when its dev F1 is within 0.5 of float32.
/// </summary>
public sealed class ModelExporter(TextWriter log)
{
    public ExportReport Export(string runDirectory, string outputDirectory, string? modelId, bool allowQuantized, int threads)
    {
        Native.TorchRuntime.Initialize(threads);
        var state = TrainingState.Load(runDirectory);
        var id = modelId ?? state.ModelId;
        var vocabulary = WordPieceVocabulary.Load(Path.Combine(runDirectory, "vocab.txt"));
        var labels = new LabelSet(state.Labels);
        var config = new TransformerConfig(vocabulary.Count);
        var model = new TransformerTokenClassifier(config, labels.Count);
        model.load(Path.Combine(runDirectory, "best.weights"));
        model.eval();
        var weights = TorchWeights.From(model);
        var fp32Path = Path.Combine(runDirectory, "model.fp32.onnx");
        var int8Path = Path.Combine(runDirectory, "model.int8.onnx");
        var metadata = new Dictionary<string, string> { ["model_id"] = id, ["labels"] = string.Join(',', labels.Labels) };
        var spec = new TransformerGraphSpec(config.Hidden, config.Layers, config.Heads, labels.Count);
        TransformerGraphWriter.Write(fp32Path, weights, spec with { Quantize = false }, metadata);
        TransformerGraphWriter.Write(int8Path, weights, spec with { Quantize = true }, metadata);
        log.WriteLine($"wrote {fp32Path} ({new FileInfo(fp32Path).Length / 1e6:F1} MB) and {int8Path} ({new FileInfo(int8Path).Length / 1e6:F1} MB)");

        var devFiles = CorpusFile.Load(state.DevData, state.Language, state.MaxDevExamplesPerFile);
        var dev = devFiles.SelectMany(f => f.Examples).ToList();
        var predictor = new SpanPredictor(WordPieceNormalizations.CreateTokenizer(state.Tokenizer, vocabulary), labels, state.MaxLength);
        using var fp32 = ExportChecks.NewSession(fp32Path, threads);
        using var int8 = ExportChecks.NewSession(int8Path, threads);
        var fp32Scorer = new OnnxWindowScorer(fp32, labels.Count, vocabulary.PadId);
        var int8Scorer = new OnnxWindowScorer(int8, labels.Count, vocabulary.PadId);
        var parityExamples = dev.Count > 0 ? dev.Take(3000).ToList() : [new TextExample("EntityGraph was founded in Berlin by Anna Schmidt .", [], "probe", 1)];
        var (maxDiff, windows) = ExportChecks.Parity(
            parityExamples.SelectMany(e => predictor.Prepare(e.Text, 0, e.Text.Length).Windows), w => w.Length,
            new TorchWindowScorer(model, vocabulary.PadId).Score, fp32Scorer.Score);
        log.WriteLine($"parity: max |torch - onnx fp32| over {windows} windows = {maxDiff:E2}");

        DevScores? fp32Scores = null, int8Scores = null;
        DevFileScores? fp32Files = null, int8Files = null;
        var wordsPerSecond = 0.0;
        if (dev.Count > 0)
        {
            fp32Files = DevEvaluator.EvaluateFiles(devFiles, predictor, fp32Scorer.Score, 32);
            fp32Scores = DevScores.From(fp32Files.Overall);
            var clock = Stopwatch.StartNew();
            int8Files = DevEvaluator.EvaluateFiles(devFiles, predictor, int8Scorer.Score, 32);
            int8Scores = DevScores.From(int8Files.Overall);
            if (devFiles.Count > 1)
            {
                log.WriteLine($"dev F1 int8 per file: {string.Join(' ', int8Files.PerFile.Select(kv => $"{kv.Key}={kv.Value:F2}"))}");
            }

            wordsPerSecond = int8Scores.Tokens / clock.Elapsed.TotalSeconds;
            log.WriteLine($"dev F1 float32 {fp32Scores.F1:F2}, int8 {int8Scores.F1:F2} ({wordsPerSecond:F0} words/s int8, batch 32, {threads} threads)");
        }

        var quantized = allowQuantized && (fp32Files is null || int8Files!.MacroF1 >= fp32Files.MacroF1 - 0.5);
        Directory.CreateDirectory(outputDirectory);
        var shipped = Path.Combine(outputDirectory, "model.onnx");
        File.Copy(quantized ? int8Path : fp32Path, shipped, overwrite: true);
        File.Copy(Path.Combine(runDirectory, "vocab.txt"), Path.Combine(outputDirectory, "vocab.txt"), overwrite: true);
        var modelConfig = new ModelConfig
        {
            Id = id,
            Architecture = "transformer-token-classifier",
            Languages = state.Languages.Count > 0 ? state.Languages : [state.Language],
            Labels = labels.Labels,
            MaxLength = state.MaxLength,
            Tokenizer = state.Tokenizer,
            Quantized = quantized,
        };
        File.WriteAllText(Path.Combine(outputDirectory, "config.json"), JsonSerializer.Serialize(modelConfig, ModelConfig.Json));
        var report = new ExportReport
        {
            ModelId = id,
            Language = state.Language,
            Languages = modelConfig.Languages,
            DevF1PerFile = (quantized ? int8Files : fp32Files) is { PerFile.Count: > 1 } files
                ? files.PerFile.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 2))
                : new Dictionary<string, double>(),
            MaxDevExamplesPerFile = state.MaxDevExamplesPerFile,
            AddedPieces = Math.Max(0, vocabulary.Count - BaseVocabularySize),
            Tokenizer = state.Tokenizer,
            TrainData = state.TrainData,
            DevData = state.DevData,
            ParityMaxAbsDiff = maxDiff,
            ParityWindows = windows,
            Float32 = fp32Scores,
            Int8 = int8Scores,
            Quantized = quantized,
            FileBytes = new FileInfo(shipped).Length,
            WordsPerSecond = Math.Round(wordsPerSecond),
            TrainingEpochs = state.EpochsDone,
            BestEpoch = state.BestEpoch,
            InitFrom = state.InitFrom,
        };
        File.WriteAllText(Path.Combine(outputDirectory, "eval.json"), JsonSerializer.Serialize(report, ModelConfig.Json));
        ModelCard.Write(Path.Combine(outputDirectory, "README.md"), report, modelConfig);
        return report;
    }

    /// <summary>Pieces in the MiniLM-L6-H384 vocabulary; a larger run vocabulary was extended.</summary>
    private const int BaseVocabularySize = 30522;
}
