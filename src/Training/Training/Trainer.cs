using System.Diagnostics;
using System.Text.Json;
using EntityGraph.Corpus;
using EntityGraph.Ner.Decoding;
using EntityGraph.Text.Tokenization;
using EntityGraph.Training.BaseModels;
using EntityGraph.Training.Modeling;
using TorchSharp;
using static TorchSharp.torch;

namespace EntityGraph.Training.Training;

/// <summary>
/// Fine-tunes a MiniLM-initialised token classifier: AdamW with linear warm-up and decay, gradient clipping,
/// dev evaluation after every epoch through the shared span path, checkpoints after every epoch, resume from the last.
/// </summary>
public sealed class Trainer(TrainingOptions options, TextWriter log)
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public TrainingState Run(CancellationToken cancellationToken = default)
    {
        Native.TorchRuntime.Initialize(options.Threads);
        manual_seed(options.Seed);
        Directory.CreateDirectory(options.OutputDirectory);
        var pretrained = MiniLmBase.Load();
        var vocabulary = new WordPieceVocabulary(pretrained.Vocabulary);
        var tokenizer = new WordPieceTokenizer(vocabulary);
        var train = CorpusLoader.Load(options.TrainPaths, options.Language).Take(options.MaxTrainExamples).ToList();
        var dev = options.DevPaths.Count == 0 ? [] : CorpusLoader.Load(options.DevPaths, options.Language);
        var state = LoadState() ?? new TrainingState
        {
            ModelId = options.ModelId,
            Language = options.Language,
            Labels = LabelSet.FromTypes(train.SelectMany(e => e.Entities).Select(s => s.Type)).Labels,
            MaxLength = options.MaxLength,
            VocabularySize = vocabulary.Count,
            TrainData = options.TrainPaths,
            DevData = options.DevPaths,
        };
        var labels = new LabelSet(state.Labels);
        var predictor = new SpanPredictor(tokenizer, labels, options.MaxLength);
        var items = TrainItemBuilder.Build(train, predictor);
        log.WriteLine($"train: {train.Count} examples, {items.Count} windows; dev: {dev.Count} examples; labels: {string.Join(' ', labels.Labels)}");

        var model = new TransformerTokenClassifier(new TransformerConfig(vocabulary.Count), labels.Count);
        var lastPath = Path.Combine(options.OutputDirectory, "last.weights");
        if (state.EpochsDone > 0 && File.Exists(lastPath))
        {
            model.load(lastPath);
            log.WriteLine($"resumed after epoch {state.EpochsDone} (step {state.Steps}, best dev F1 {state.BestDevF1:F2})");
        }
        else if (options.InitFrom is { } source)
        {
            log.WriteLine($"initialised {EncoderTransfer.Apply(model, source)} tensors from the encoder of {source}");
        }
        else
        {
            log.WriteLine($"initialised {MiniLmInitializer.Apply(model, pretrained)} tensors from MiniLM-L6-H384");
        }

        File.WriteAllLines(Path.Combine(options.OutputDirectory, "vocab.txt"), vocabulary.Tokens);
        var random = new Random(options.Seed);
        var stepsPerEpoch = (items.Count + options.BatchSize - 1) / options.BatchSize;
        var totalSteps = Math.Min(stepsPerEpoch * options.Epochs, options.MaxSteps);
        var warmup = Math.Max(1, (int)(totalSteps * options.WarmupFraction));
        var optimizer = optim.AdamW(model.parameters(), options.LearningRate, weight_decay: options.WeightDecay);
        var step = state.Steps;
        var clock = Stopwatch.StartNew();
        for (var epoch = state.EpochsDone; epoch < options.Epochs && step < totalSteps; epoch++)
        {
            var batches = Batches.Make(items, options.BatchSize, new Random(options.Seed + epoch));
            var lossSum = 0.0;
            var lossCount = 0;
            model.train();
            foreach (var batch in batches)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (step >= totalSteps)
                {
                    break;
                }

                using var scope = NewDisposeScope();
                SetLearningRate(optimizer, options.LearningRate * Schedule(step, warmup, totalSteps));
                var (ids, mask, casing, target) = Batches.ToTensors(batch, vocabulary.PadId);
                var logits = model.forward(ids, mask, casing);
                var loss = nn.functional.cross_entropy(logits.view(-1, labels.Count), target.view(-1), ignore_index: TrainItemBuilder.Ignore);
                optimizer.zero_grad();
                loss.backward();
                nn.utils.clip_grad_norm_(model.parameters(), 1.0);
                optimizer.step();
                lossSum += loss.item<float>();
                lossCount++;
                step++;
                if (step % options.LogEvery == 0)
                {
                    log.WriteLine($"epoch {epoch + 1} step {step}/{totalSteps} loss {lossSum / lossCount:F4} lr {options.LearningRate * Schedule(step, warmup, totalSteps):E2} elapsed {clock.Elapsed:hh\\:mm\\:ss}");
                    lossSum = 0;
                    lossCount = 0;
                }
            }

            model.save(lastPath);
            state = state with { EpochsDone = epoch + 1, Steps = step };
            state = EvaluateAndKeepBest(model, dev, predictor, vocabulary.PadId, state, epoch + 1);
            SaveState(state);
        }

        if (dev.Count == 0)
        {
            File.Copy(lastPath, Path.Combine(options.OutputDirectory, "best.weights"), overwrite: true);
        }

        return state;
    }

    private TrainingState EvaluateAndKeepBest(
        TransformerTokenClassifier model, IReadOnlyList<TextExample> dev, SpanPredictor predictor, int padId, TrainingState state, int epoch)
    {
        if (dev.Count == 0)
        {
            return state;
        }

        var clock = Stopwatch.StartNew();
        var scorer = new TorchWindowScorer(model, padId);
        var result = DevEvaluator.Evaluate(dev, predictor, scorer.Score);
        var micro = result.Micro();
        var perType = string.Join(' ', result.PerType().Select(kv => $"{kv.Key}={kv.Value.F1:F2}"));
        log.WriteLine($"epoch {epoch} dev P {micro.Precision:F2} R {micro.Recall:F2} F1 {micro.F1:F2} [{perType}] ({clock.Elapsed.TotalSeconds:F0}s)");
        if (micro.F1 <= state.BestDevF1)
        {
            return state;
        }

        model.save(Path.Combine(options.OutputDirectory, "best.weights"));
        return state with
        {
            BestDevF1 = micro.F1,
            BestDevPrecision = micro.Precision,
            BestDevRecall = micro.Recall,
            BestEpoch = epoch,
            BestDevF1PerType = result.PerType().ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value.F1, 2)),
        };
    }

    private static double Schedule(int step, int warmup, int total) =>
        step < warmup ? (step + 1.0) / warmup : Math.Max(0.0, (total - step) / (double)Math.Max(1, total - warmup));

    private static void SetLearningRate(optim.Optimizer optimizer, double rate)
    {
        foreach (var group in optimizer.ParamGroups)
        {
            group.LearningRate = rate;
        }
    }

    private TrainingState? LoadState()
    {
        var path = Path.Combine(options.OutputDirectory, "training.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<TrainingState>(File.ReadAllText(path)) : null;
    }

    private void SaveState(TrainingState state) =>
        File.WriteAllText(Path.Combine(options.OutputDirectory, "training.json"), JsonSerializer.Serialize(state, Json));
}
