using EntityGraph.CommandLine;
using EntityGraph.Training.Fast;

namespace EntityGraph.Training.Cli;

/// <summary>entitygraph-train train-fast: trains a BiLSTM-CRF tagger (the FAST tier) from scratch.</summary>
public static class TrainFastCommand
{
    private static readonly FastModelShape Defaults = new();

    public static CommandSpec Spec { get; } = new(
        "train-fast",
        "Train a BiLSTM-CRF tagger (word + character CNN + casing features) from scratch: the FAST tier. Resumes from --out when it holds a checkpoint.",
        [
            TrainingOptionSpecs.Data,
            TrainingOptionSpecs.Dev,
            TrainingOptionSpecs.Language,
            TrainingOptionSpecs.RunFolder,
            TrainingOptionSpecs.Id,
            TrainingOptionSpecs.Positive("epochs", "Epochs (default 30)."),
            TrainingOptionSpecs.Positive("batch", "Sentences per batch (default 16)."),
            TrainingOptionSpecs.Number("lr", "X", "Learning rate (default 2e-3)."),
            TrainingOptionSpecs.Positive("hidden", $"LSTM units per direction (default {Defaults.Hidden})."),
            TrainingOptionSpecs.Positive("layers", $"LSTM layers (default {Defaults.Layers})."),
            TrainingOptionSpecs.Positive("word-dim", $"Word embedding size (default {Defaults.WordDim})."),
            TrainingOptionSpecs.Positive("char-dim", $"Character embedding size (default {Defaults.CharDim})."),
            TrainingOptionSpecs.Positive("char-filters", $"Character CNN filters (default {Defaults.CharFilters})."),
            TrainingOptionSpecs.Positive("casing-dim", $"Casing embedding size (default {Defaults.CasingDim})."),
            TrainingOptionSpecs.Number("dropout", "P", FormattableString.Invariant($"Dropout, in [0, 1) (default {Defaults.Dropout}).")),
            TrainingOptionSpecs.Positive("min-word-count", "Words seen fewer times are unknown words (default 1)."),
            TrainingOptionSpecs.Positive("max-words", "Largest word vocabulary (default 30000)."),
            new OptionSpec("context-chars", "N", "Neighbouring characters added to single-character ideographic words (default 0).") { Kind = OptionValueKind.NonNegativeInteger },
            TrainingOptionSpecs.Threads,
            TrainingOptionSpecs.MaxSteps,
            TrainingOptionSpecs.MaxExamples,
            TrainingOptionSpecs.Seed,
            TrainingOptionSpecs.Positive("log-every", "Log every N steps (default 200)."),
        ],
        Notes: [$"Data: {TrainingOptionSpecs.DataFormats}."]);

    public static int Run(CommandArguments args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var output = args.Required("out");
        var options = new FastTrainingOptions
        {
            TrainPaths = args.Values("data"),
            DevPaths = args.Values("dev"),
            Language = args.Required("lang"),
            OutputDirectory = output,
            ModelId = args.Value("id") ?? Path.GetFileName(Path.GetFullPath(output)),
            Shape = new FastModelShape
            {
                WordDim = args.Integer("word-dim", Defaults.WordDim),
                CharDim = args.Integer("char-dim", Defaults.CharDim),
                CharFilters = args.Integer("char-filters", Defaults.CharFilters),
                CasingDim = args.Integer("casing-dim", Defaults.CasingDim),
                Hidden = args.Integer("hidden", Defaults.Hidden),
                Layers = args.Integer("layers", Defaults.Layers),
                Dropout = args.Number("dropout", Defaults.Dropout),
            },
            Epochs = args.Integer("epochs", 30),
            BatchSize = args.Integer("batch", 16),
            LearningRate = args.Number("lr", 2e-3),
            MinWordCount = args.Integer("min-word-count", 1),
            MaxWords = args.Integer("max-words", 30_000),
            ContextCharacters = args.Integer("context-chars", 0),
            Threads = TrainingOptionSpecs.ThreadCount(args),
            MaxSteps = args.Integer("max-steps", int.MaxValue),
            MaxTrainExamples = args.Integer("max-examples", int.MaxValue),
            Seed = args.Integer("seed", 13),
            LogEvery = args.Integer("log-every", 200),
        };
        if (options.Shape.Dropout is < 0 or >= 1)
        {
            throw new UsageException("--dropout must be in [0, 1)", Spec.Name);
        }

        var state = new FastTrainer(options, Console.Out).Run(cancellationToken);
        Console.WriteLine($"done: {state.EpochsDone} epochs, {state.Steps} steps, best dev F1 {state.BestDevF1:F2} (epoch {state.BestEpoch})");
        return 0;
    }
}
