using System.Diagnostics;
using System.Text.Json;
using EntityGraph.Corpus;
using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Encoding;
using EntityGraph.Ner.Models;
using EntityGraph.Ner.Runtime;
using EntityGraph.OnnxGraph;
using EntityGraph.Training.Export;
using Microsoft.ML.OnnxRuntime;

namespace EntityGraph.Training.Fast;

/// <summary>
/// Exports the best checkpoint of a BiLSTM-CRF run: float32 and int8 ONNX graphs (LSTM operator), an emissions parity
/// check against TorchSharp, dev scores of both through the shared span path, and the model folder (model.onnx,
/// config.json with the CRF scores, words.txt, chars.txt, eval.json, README.md). The int8 graph ships when its dev F1 is
/// within 0.3 of float32; the shipped file must not exceed <c>maxBytes</c>.
/// </summary>
public sealed class FastModelExporter(TextWriter log)
{
    public const long DefaultMaxBytes = 5_000_000;

    public ExportReport Export(string runDirectory, string outputDirectory, string? modelId, bool allowQuantized, int threads, long maxBytes = DefaultMaxBytes)
    {
        Native.TorchRuntime.Initialize(threads);
        var statePath = Path.Combine(runDirectory, FastTrainingState.FileName);
        var best = Path.Combine(runDirectory, "best.weights");
        if (!File.Exists(statePath) || !File.Exists(best))
        {
            throw new FastExportException($"{runDirectory} holds no finished BiLSTM-CRF run ({FastTrainingState.FileName} and best.weights).");
        }

        var state = JsonSerializer.Deserialize<FastTrainingState>(File.ReadAllText(statePath)) ?? throw new FastExportException($"{statePath} is empty.");
        var id = modelId ?? state.ModelId;
        var words = SymbolVocabulary.Load(Path.Combine(runDirectory, "words.txt"));
        var characters = SymbolVocabulary.Load(Path.Combine(runDirectory, "chars.txt"));
        var labels = new LabelSet(state.Labels);
        using var model = new BiLstmCrfTagger(state.Shape, words.Count, characters.Count, labels.Count);
        model.load(best);
        model.eval();
        var crf = model.CrfScores();
        var weights = TorchWeights.From(model);
        var fp32Path = Path.Combine(runDirectory, "model.fp32.onnx");
        var int8Path = Path.Combine(runDirectory, "model.int8.onnx");
        var metadata = new Dictionary<string, string> { ["model_id"] = id, ["labels"] = string.Join(',', labels.Labels), ["architecture"] = ModelArchitectures.BiLstmCrf };
        var spec = new BiLstmGraphSpec(state.Shape.Layers, state.Shape.Hidden, labels.Count, state.Shape.CharKernel);
        BiLstmGraphWriter.Write(fp32Path, weights, spec, metadata);
        BiLstmGraphWriter.Write(int8Path, weights, spec with { Quantize = true }, metadata);
        log.WriteLine($"wrote {fp32Path} ({new FileInfo(fp32Path).Length / 1e6:F2} MB) and {int8Path} ({new FileInfo(int8Path).Length / 1e6:F2} MB)");

        var encoder = new WordFeatureEncoder(words, characters, state.Features());
        var predictor = new CrfSpanPredictor(encoder, new CrfDecoder(labels, crf));
        var dev = state.DevData.Count == 0 ? [] : CorpusLoader.Load(state.DevData, state.Language);
        using var fp32 = ExportChecks.NewSession(fp32Path, threads);
        using var int8 = ExportChecks.NewSession(int8Path, threads);
        var fp32Scorer = new OnnxSequenceScorer(fp32, labels.Count);
        var int8Scorer = new OnnxSequenceScorer(int8, labels.Count);
        IReadOnlyList<TextExample> parityExamples = dev.Count > 0 ? dev : [new TextExample("EntityGraph was founded in Berlin by Anna Schmidt .", [], "probe", 1)];
        var (maxDiff, sequences) = ExportChecks.Parity(
            parityExamples.SelectMany(e => predictor.Prepare(e.Text, 0, e.Text.Length).Chunks), c => c.Length,
            new TorchSequenceScorer(model).Score, fp32Scorer.Score);
        log.WriteLine($"parity: max |torch - onnx fp32| emissions over {sequences} sequences = {maxDiff:E2}");

        DevScores? fp32Scores = null, int8Scores = null;
        var wordsPerSecond = 0.0;
        if (dev.Count > 0)
        {
            fp32Scores = DevScores.From(FastDevEvaluator.Evaluate(dev, predictor, fp32Scorer.Score, 32));
            var clock = Stopwatch.StartNew();
            int8Scores = DevScores.From(FastDevEvaluator.Evaluate(dev, predictor, int8Scorer.Score, 32));
            wordsPerSecond = int8Scores.Tokens / clock.Elapsed.TotalSeconds;
            log.WriteLine($"dev F1 float32 {fp32Scores.F1:F2}, int8 {int8Scores.F1:F2} ({wordsPerSecond:F0} words/s int8, batch 32, {threads} threads)");
        }

        var quantized = allowQuantized && (fp32Scores is null || int8Scores!.F1 >= fp32Scores.F1 - 0.3);
        var chosen = quantized ? int8Path : fp32Path;
        var bytes = new FileInfo(chosen).Length;
        if (bytes > maxBytes)
        {
            throw new FastExportException($"the {(quantized ? "int8" : "float32")} graph is {bytes:N0} bytes, over the limit of {maxBytes:N0}; train a smaller model or allow int8.");
        }

        Directory.CreateDirectory(outputDirectory);
        File.Copy(chosen, Path.Combine(outputDirectory, "model.onnx"), overwrite: true);
        var features = state.Features();
        words.Save(Path.Combine(outputDirectory, features.Words));
        characters.Save(Path.Combine(outputDirectory, features.Characters));
        var config = new ModelConfig
        {
            Id = id,
            Architecture = ModelArchitectures.BiLstmCrf,
            Languages = [state.Language],
            Labels = labels.Labels,
            MaxLength = state.MaxSequenceWords,
            Tokenizer = "pretokenizer-words",
            Vocabulary = features.Words,
            Quantized = quantized,
            WordFeatures = features,
            Crf = crf,
        };
        File.WriteAllText(Path.Combine(outputDirectory, "config.json"), JsonSerializer.Serialize(config, ModelConfig.Json));
        var report = new ExportReport
        {
            ModelId = id,
            Language = state.Language,
            TrainData = state.TrainData,
            DevData = state.DevData,
            ParityMaxAbsDiff = maxDiff,
            ParityWindows = sequences,
            Float32 = fp32Scores,
            Int8 = int8Scores,
            Quantized = quantized,
            FileBytes = bytes,
            WordsPerSecond = Math.Round(wordsPerSecond),
            TrainingEpochs = state.EpochsDone,
            BestEpoch = state.BestEpoch,
        };
        File.WriteAllText(Path.Combine(outputDirectory, "eval.json"), JsonSerializer.Serialize(report, ModelConfig.Json));
        FastModelCard.Write(Path.Combine(outputDirectory, "README.md"), report, state, words.Count, characters.Count);
        return report;
    }

}
