using EntityGraph.Training.Fast;

namespace EntityGraph.Training.Cli;

/// <summary>entitygraph-train train-fast: trains a BiLSTM-CRF tagger (the FAST tier) from scratch.</summary>
public static class TrainFastCommand
{
    public static int Run(ArgumentList args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var defaults = new FastModelShape();
        var output = args.Single("out") ?? throw new ArgumentException("--out is required");
        var options = new FastTrainingOptions
        {
            TrainPaths = args.Required("data"),
            DevPaths = args.All("dev"),
            Language = args.Single("lang") ?? throw new ArgumentException("--lang is required"),
            OutputDirectory = output,
            ModelId = args.Single("id") ?? Path.GetFileName(Path.GetFullPath(output)),
            Shape = new FastModelShape
            {
                WordDim = Positive(args, "word-dim", defaults.WordDim),
                CharDim = Positive(args, "char-dim", defaults.CharDim),
                CharFilters = Positive(args, "char-filters", defaults.CharFilters),
                CasingDim = Positive(args, "casing-dim", defaults.CasingDim),
                Hidden = Positive(args, "hidden", defaults.Hidden),
                Layers = Positive(args, "layers", defaults.Layers),
                Dropout = args.Double("dropout", defaults.Dropout),
            },
            Epochs = Positive(args, "epochs", 30),
            BatchSize = Positive(args, "batch", 16),
            LearningRate = args.Double("lr", 2e-3),
            MinWordCount = Positive(args, "min-word-count", 1),
            MaxWords = Positive(args, "max-words", 30_000),
            ContextCharacters = NonNegative(args, "context-chars", 0),
            Threads = Positive(args, "threads", Math.Max(1, Environment.ProcessorCount)),
            MaxSteps = Positive(args, "max-steps", int.MaxValue),
            MaxTrainExamples = Positive(args, "max-examples", int.MaxValue),
            Seed = args.Int("seed", 13),
            LogEvery = Positive(args, "log-every", 200),
        };
        if (options.Shape.Dropout is < 0 or >= 1)
        {
            throw new ArgumentException("--dropout must be in [0, 1)");
        }

        var state = new FastTrainer(options, Console.Out).Run(cancellationToken);
        Console.WriteLine($"done: {state.EpochsDone} epochs, {state.Steps} steps, best dev F1 {state.BestDevF1:F2} (epoch {state.BestEpoch})");
        return 0;
    }

    private static int NonNegative(ArgumentList args, string name, int fallback)
    {
        var value = args.Int(name, fallback);
        return value >= 0 ? value : throw new ArgumentException($"--{name} must be 0 or more, got {value}");
    }

    private static int Positive(ArgumentList args, string name, int fallback)
    {
        var value = args.Int(name, fallback);
        return value > 0 ? value : throw new ArgumentException($"--{name} must be positive, got {value}");
    }
}
