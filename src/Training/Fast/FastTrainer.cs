using System.Diagnostics;
using System.Text.Json;
using EntityGraph.Corpus;
using EntityGraph.Ner.Decoding;
using EntityGraph.Ner.Encoding;
using TorchSharp;
using static TorchSharp.torch;

namespace EntityGraph.Training.Fast;

/// <summary>
/// Trains a BiLSTM-CRF tagger from scratch: CRF negative log-likelihood, Adam with linear decay to a tenth, gradient
/// clipping, dropout, singleton-word dropout. A batch whose loss is not finite is skipped (oneDNN kernels return NaN
/// now and then on some CPUs); more than 1% of an epoch's batches stops the run. Dev evaluation after every epoch
/// through the shared span path, checkpoints after every epoch (last.weights, best.weights, fast-training.json),
/// resume after the last finished epoch.
/// </summary>
public sealed class FastTrainer(FastTrainingOptions options, TextWriter log)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public FastTrainingState Run(CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        Native.TorchRuntime.Initialize(options.Threads);
        manual_seed(options.Seed);
        Directory.CreateDirectory(options.OutputDirectory);
        var train = CorpusLoader.Load(options.TrainPaths, options.Language).Take(options.MaxTrainExamples).ToList();
        var dev = options.DevPaths.Count == 0 ? [] : CorpusLoader.Load(options.DevPaths, options.Language);
        if (train.Count == 0)
        {
            throw new ArgumentException("the training data holds no examples");
        }

        var state = LoadState() ?? new FastTrainingState
        {
            ModelId = options.ModelId,
            Language = options.Language,
            Labels = LabelSet.FromTypes(train.SelectMany(e => e.Entities).Select(s => s.Type)).Labels,
            Shape = options.Shape,
            MaxWordCharacters = options.MaxWordCharacters,
            MaxSequenceWords = options.MaxSequenceWords,
            ContextCharacters = options.ContextCharacters,
            TrainData = options.TrainPaths,
            DevData = options.DevPaths,
        };
        var (words, characters, counts) = Vocabularies(train);
        var labels = new LabelSet(state.Labels);
        var encoder = new WordFeatureEncoder(words, characters, state.Features());
        var items = FastTrainItems.Build(train, encoder, labels);
        var singleton = words.Symbols.Select(s => counts.GetValueOrDefault(s) == 1).ToArray();
        log.WriteLine($"train: {train.Count} examples, {items.Count} sequences, {items.Sum(i => i.Chunk.Length)} words; vocabulary {words.Count} words, {characters.Count} characters; dev: {dev.Count} examples; labels: {string.Join(' ', labels.Labels)}");

        using var model = new BiLstmCrfTagger(state.Shape, words.Count, characters.Count, labels.Count);
        var lastPath = Path.Combine(options.OutputDirectory, "last.weights");
        if (state.EpochsDone > 0 && File.Exists(lastPath))
        {
            model.load(lastPath);
            log.WriteLine($"resumed after epoch {state.EpochsDone} (step {state.Steps}, best dev F1 {state.BestDevF1:F2})");
        }

        log.WriteLine($"model: {model.parameters().Sum(p => p.numel())} parameters");
        using var constraints = new CrfConstraints(labels);
        var stepsPerEpoch = (items.Count + options.BatchSize - 1) / options.BatchSize;
        var totalSteps = Math.Min((long)stepsPerEpoch * options.Epochs, options.MaxSteps);
        var optimizer = optim.Adam(model.parameters(), options.LearningRate);
        var step = state.Steps;
        var clock = Stopwatch.StartNew();
        for (var epoch = state.EpochsDone; epoch < options.Epochs && step < totalSteps; epoch++)
        {
            var random = new Random(options.Seed + epoch);
            var batches = FastBatches.Make(items, i => i.Chunk.Length, options.BatchSize, random);
            var lossSum = 0.0;
            var lossCount = 0;
            var skipped = 0;
            model.train();
            foreach (var batch in batches)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (step >= totalSteps)
                {
                    break;
                }

                using var scope = NewDisposeScope();
                var rate = options.LearningRate * (1.0 - (0.9 * step / totalSteps));
                foreach (var group in optimizer.ParamGroups)
                {
                    group.LearningRate = rate;
                }

                var chunks = batch.Select(b => b.Chunk).ToList();
                var (wordIds, charIds, casingIds, lengths) = FastBatches.Inputs(chunks, id => singleton[id] && random.NextDouble() < options.SingletonDropout);
                var (tags, mask) = FastBatches.Targets(batch);
                var emissions = model.forward(wordIds, charIds, casingIds, lengths);
                var loss = model.NegativeLogLikelihood(emissions, tags, mask, lengths, constraints) / batch.Length;
                var lossValue = loss.item<float>();
                if (!float.IsFinite(lossValue))
                {
                    skipped++;
                    log.WriteLine($"step {step + 1}: loss not finite, batch skipped ({skipped} this epoch)");
                    if (skipped > Math.Max(10, stepsPerEpoch / 100))
                    {
                        throw new InvalidOperationException($"{skipped} batches of epoch {epoch + 1} had a loss that is not finite; the last finished epoch stays in {options.OutputDirectory}. {Native.TorchRuntime.DivergenceHint}");
                    }

                    step++;
                    continue;
                }

                optimizer.zero_grad();
                loss.backward();
                nn.utils.clip_grad_norm_(model.parameters(), options.ClipNorm);
                optimizer.step();
                lossSum += lossValue;
                lossCount++;
                step++;
                if (step % options.LogEvery == 0)
                {
                    log.WriteLine($"epoch {epoch + 1} step {step}/{totalSteps} loss {lossSum / lossCount:F4} lr {rate:E2} elapsed {clock.Elapsed:hh\\:mm\\:ss}");
                    lossSum = 0;
                    lossCount = 0;
                }
            }

            model.save(lastPath);
            state = state with { EpochsDone = epoch + 1, Steps = step };
            state = EvaluateAndKeepBest(model, dev, encoder, labels, state, epoch + 1);
            SaveState(state);
        }

        if (dev.Count == 0)
        {
            File.Copy(lastPath, Path.Combine(options.OutputDirectory, "best.weights"), overwrite: true);
        }

        return state;
    }

    private (SymbolVocabulary Words, SymbolVocabulary Characters, Dictionary<string, int> Counts) Vocabularies(IReadOnlyList<TextExample> train)
    {
        var wordsPath = Path.Combine(options.OutputDirectory, "words.txt");
        var charsPath = Path.Combine(options.OutputDirectory, "chars.txt");
        var (words, characters, counts) = FastVocabularies.Build(train, options.MinWordCount, options.MinCharCount, options.MaxWords);
        if (File.Exists(wordsPath) && File.Exists(charsPath) && File.Exists(Path.Combine(options.OutputDirectory, FastTrainingState.FileName)))
        {
            return (SymbolVocabulary.Load(wordsPath), SymbolVocabulary.Load(charsPath), counts);
        }

        words.Save(wordsPath);
        characters.Save(charsPath);
        return (words, characters, counts);
    }

    private FastTrainingState EvaluateAndKeepBest(
        BiLstmCrfTagger model, IReadOnlyList<TextExample> dev, WordFeatureEncoder encoder, LabelSet labels, FastTrainingState state, int epoch)
    {
        if (dev.Count == 0)
        {
            return state;
        }

        var clock = Stopwatch.StartNew();
        var predictor = new CrfSpanPredictor(encoder, new CrfDecoder(labels, model.CrfScores()));
        var result = FastDevEvaluator.Evaluate(dev, predictor, new TorchSequenceScorer(model).Score);
        var micro = result.Micro();
        var perType = string.Join(' ', result.PerType().Select(kv => $"{kv.Key}={kv.Value.F1:F2}"));
        log.WriteLine($"epoch {epoch} dev P {micro.Precision:F2} R {micro.Recall:F2} F1 {micro.F1:F2} [{perType}] ({clock.Elapsed.TotalSeconds:F0}s)");
        state = state with { DevF1History = [.. state.DevF1History, Math.Round(micro.F1, 2)] };
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

    private FastTrainingState? LoadState()
    {
        var path = Path.Combine(options.OutputDirectory, FastTrainingState.FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<FastTrainingState>(File.ReadAllText(path)) : null;
    }

    private void SaveState(FastTrainingState state) =>
        File.WriteAllText(Path.Combine(options.OutputDirectory, FastTrainingState.FileName), JsonSerializer.Serialize(state, Json));
}
