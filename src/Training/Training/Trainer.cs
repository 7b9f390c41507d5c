using System.Diagnostics;
using System.Text.Json;
using EntityGraph.Corpus;
using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Models;
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
        var trainFiles = CorpusFile.Load(options.TrainPaths, options.Language);
        var train = trainFiles.SelectMany(f => f.Examples).Take(options.MaxTrainExamples).ToList();
        var dev = CorpusFile.Load(options.DevPaths, options.Language, options.MaxDevExamplesPerFile);
        var saved = LoadState();
        var source = options.InitFrom is { } from ? SourceOf(from) : default;
        var vocabularyPath = Path.Combine(options.OutputDirectory, "vocab.txt");
        var tokenizerName = saved?.Tokenizer ?? options.Tokenizer ?? source.Tokenizer ?? WordPieceNormalizations.Uncased;
        var baseTokens = source.Vocabulary is { } sourceVocabulary ? WordPieceVocabulary.Load(sourceVocabulary).Tokens : pretrained.Vocabulary;
        IReadOnlyList<string> tokens = saved is not null && File.Exists(vocabularyPath)
            ? WordPieceVocabulary.Load(vocabularyPath).Tokens
            : options.ExtendVocabulary > 0
                ? Vocabulary.VocabularyExtender.Extend(baseTokens, train, tokenizerName, options.ExtendVocabulary)
                : baseTokens;
        var vocabulary = new WordPieceVocabulary(tokens);
        var tokenizer = WordPieceNormalizations.CreateTokenizer(tokenizerName, vocabulary);
        var state = saved ?? new TrainingState
        {
            ModelId = options.ModelId,
            Language = options.Language,
            Languages = trainFiles.Select(f => f.Language).Distinct().Order(StringComparer.Ordinal).ToList(),
            Labels = LabelSet.FromTypes(train.SelectMany(e => e.Entities).Select(s => s.Type)).Labels,
            MaxLength = options.MaxLength,
            VocabularySize = vocabulary.Count,
            Tokenizer = tokenizerName,
            TrainData = options.TrainPaths,
            DevData = options.DevPaths,
            MaxDevExamplesPerFile = options.MaxDevExamplesPerFile,
            InitFrom = options.InitFrom,
        };
        var labels = new LabelSet(state.Labels);
        var predictor = new SpanPredictor(tokenizer, labels, options.MaxLength);
        var items = new List<TrainItem>();
        var remaining = options.MaxTrainExamples;
        for (var f = 0; f < trainFiles.Count && remaining > 0; f++)
        {
            var examples = trainFiles[f].Examples.Take(remaining).ToList();
            remaining -= examples.Count;
            items.AddRange(TrainItemBuilder.Build(examples, predictor, f));
        }

        var newPieces = vocabulary.Count - baseTokens.Count;
        log.WriteLine($"train: {train.Count} examples in {trainFiles.Count} files, {items.Count} windows; dev: {dev.Sum(d => d.Examples.Count)} examples in {dev.Count} files; labels: {string.Join(' ', labels.Labels)}; vocabulary {vocabulary.Count} pieces ({newPieces} added), {tokenizerName}");

        var model = new TransformerTokenClassifier(new TransformerConfig(vocabulary.Count), labels.Count);
        var lastPath = Path.Combine(options.OutputDirectory, "last.weights");
        if ((state.EpochsDone > 0 || state.StepsIntoEpoch > 0) && File.Exists(lastPath))
        {
            model.load(lastPath);
            log.WriteLine($"resumed after epoch {state.EpochsDone} + {state.StepsIntoEpoch} batches (step {state.Steps}, best dev F1 {state.BestDevF1:F2})");
        }
        else if (options.InitFrom is { } initFrom)
        {
            log.WriteLine($"initialised {EncoderTransfer.Apply(model, initFrom, labels.Labels)} tensors from {initFrom}");
        }
        else
        {
            log.WriteLine($"initialised {MiniLmInitializer.Apply(model, pretrained)} tensors from MiniLM-L6-H384");
        }

        File.WriteAllLines(vocabularyPath, vocabulary.Tokens);
        SaveState(state);
        var random = new Random(options.Seed);
        int MaxOfFile(int file) => options.MaxExamplesPerFileByLanguage.GetValueOrDefault(trainFiles[file].Language, options.MaxExamplesPerFile);
        var perEpoch = EpochSampler.Draw(items, MaxOfFile, new Random(options.Seed)).Count;
        var stepsPerEpoch = (perEpoch + options.BatchSize - 1) / options.BatchSize;
        var totalSteps = Math.Min(stepsPerEpoch * options.Epochs, options.MaxSteps);
        var warmup = Math.Max(1, (int)(totalSteps * options.WarmupFraction));
        var optimizer = optim.AdamW(model.parameters(), options.LearningRate, weight_decay: options.WeightDecay);
        var step = state.Steps;
        var clock = Stopwatch.StartNew();
        for (var epoch = state.EpochsDone; epoch < options.Epochs && step < totalSteps; epoch++)
        {
            var sample = EpochSampler.Draw(items, MaxOfFile, new Random(options.Seed * 7919 + epoch));
            var batches = Batches.Make(sample, options.BatchSize, new Random(options.Seed + epoch));
            var lossSum = 0.0;
            var lossCount = 0;
            var skip = epoch == state.EpochsDone ? state.StepsIntoEpoch : 0;
            model.train();
            foreach (var (batch, index) in batches.Select((b, i) => (b, i)))
            {
                if (index < skip)
                {
                    continue;
                }

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
                var lossValue = loss.item<float>();
                if (!float.IsFinite(lossValue))
                {
                    throw new InvalidOperationException($"The loss is not finite at step {step + 1} (epoch {epoch + 1}); the last checkpoint stays in {options.OutputDirectory}. {Native.TorchRuntime.DivergenceHint}");
                }

                optimizer.zero_grad();
                loss.backward();
                nn.utils.clip_grad_norm_(model.parameters(), 1.0);
                optimizer.step();
                lossSum += lossValue;
                lossCount++;
                step++;
                if (step % options.LogEvery == 0)
                {
                    log.WriteLine($"epoch {epoch + 1} step {step}/{totalSteps} loss {lossSum / lossCount:F4} lr {options.LearningRate * Schedule(step, warmup, totalSteps):E2} elapsed {clock.Elapsed:hh\\:mm\\:ss}");
                    lossSum = 0;
                    lossCount = 0;
                }

                if (step % options.CheckpointEvery == 0)
                {
                    SaveCheckpoint(model, lastPath);
                    state = state with { EpochsDone = epoch, StepsIntoEpoch = index + 1, Steps = step };
                    SaveState(state);
                }
            }

            SaveCheckpoint(model, lastPath);
            state = state with { EpochsDone = epoch + 1, StepsIntoEpoch = 0, Steps = step };
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
        TransformerTokenClassifier model, IReadOnlyList<CorpusFile> dev, SpanPredictor predictor, int padId, TrainingState state, int epoch)
    {
        if (dev.Count == 0)
        {
            return state;
        }

        var clock = Stopwatch.StartNew();
        var scorer = new TorchWindowScorer(model, padId);
        var result = DevEvaluator.EvaluateFiles(dev, predictor, scorer.Score);
        var micro = result.Overall.Micro();
        var selection = result.MacroF1;
        var perType = string.Join(' ', result.Overall.PerType().Select(kv => $"{kv.Key}={kv.Value.F1:F2}"));
        var perFile = string.Join(' ', result.PerFile.Select(kv => $"{kv.Key}={kv.Value:F2}"));
        log.WriteLine($"epoch {epoch} dev P {micro.Precision:F2} R {micro.Recall:F2} F1 {micro.F1:F2} [{perType}]{(dev.Count > 1 ? $" macro over files {selection:F2} [{perFile}]" : "")} ({clock.Elapsed.TotalSeconds:F0}s)");
        if (selection <= state.BestDevF1)
        {
            return state;
        }

        model.save(Path.Combine(options.OutputDirectory, "best.weights"));
        return state with
        {
            BestDevF1 = selection,
            BestDevPrecision = micro.Precision,
            BestDevRecall = micro.Recall,
            BestEpoch = epoch,
            BestDevF1PerType = result.Overall.PerType().ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value.F1, 2)),
            BestDevF1PerFile = result.PerFile.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 2)),
        };
    }

    private static void SaveCheckpoint(TransformerTokenClassifier model, string path)
    {
        var temporary = path + ".tmp";
        model.save(temporary);
        File.Move(temporary, path, overwrite: true);
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

    private TrainingState? LoadState() =>
        File.Exists(Path.Combine(options.OutputDirectory, TrainingState.FileName)) ? TrainingState.Load(options.OutputDirectory) : null;

    /// <summary>The tokenizer and vocabulary file of the run or exported model folder a run starts from.</summary>
    private static (string? Tokenizer, string? Vocabulary) SourceOf(string folder)
    {
        if (ExportedTransformer.IsModelFolder(folder))
        {
            var config = ModelConfig.Load(folder);
            return (config.Tokenizer, Path.Combine(folder, config.Vocabulary));
        }

        return (TrainingState.Load(folder).Tokenizer, Path.Combine(folder, "vocab.txt"));
    }

    private void SaveState(TrainingState state)
    {
        var path = Path.Combine(options.OutputDirectory, TrainingState.FileName);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(state, Json));
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
