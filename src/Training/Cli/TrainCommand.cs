using EntityGraph.CommandLine;
using EntityGraph.Text.Tokenization;
using EntityGraph.Training.Training;

namespace EntityGraph.Training.Cli;

/// <summary>entitygraph-train train: fine-tunes MiniLM-L6-H384 (+ casing embedding) for token classification, the BEST tier.</summary>
public static class TrainCommand
{
    public static CommandSpec Spec { get; } = new(
        "train",
        "Fine-tune MiniLM-L6-H384 (+ casing embedding) for token classification: the BEST tier. Resumes from --out when it holds a checkpoint.",
        [
            TrainingOptionSpecs.Data,
            TrainingOptionSpecs.Dev,
            TrainingOptionSpecs.Language,
            TrainingOptionSpecs.RunFolder,
            TrainingOptionSpecs.Id,
            TrainingOptionSpecs.Positive("epochs", "Epochs (default 4)."),
            TrainingOptionSpecs.Positive("batch", "Sentences per batch (default 32)."),
            TrainingOptionSpecs.Number("lr", "X", "Learning rate (default 1e-4)."),
            TrainingOptionSpecs.Positive("max-length", "Pieces per window (default 128)."),
            TrainingOptionSpecs.Threads,
            TrainingOptionSpecs.MaxSteps,
            TrainingOptionSpecs.MaxExamples,
            TrainingOptionSpecs.Seed,
            TrainingOptionSpecs.Positive("log-every", "Log every N steps (default 50)."),
            new OptionSpec("init-from", "RUN_DIR|MODEL_DIR", "Start from the encoder of a finished run or of an exported model folder."),
            TrainingOptionSpecs.Positive("max-per-file", "Draw at most N examples of every training file per epoch."),
            new OptionSpec("max-per-file-lang", "LANG=N", "Another --max-per-file for one language's files; repeat for several.", Repeatable: true),
            TrainingOptionSpecs.MaxDevPerFile,
            new OptionSpec("extend-vocab", "N", "Add up to N pieces for scripts the English vocabulary barely covers (default 0).") { Kind = OptionValueKind.NonNegativeInteger },
            TrainingOptionSpecs.Positive("checkpoint-every", "Also save a checkpoint every N steps (default: at the end of each epoch).") with { ValueName = "STEPS" },
            OptionSpec.Choice("tokenizer", "The WordPiece normalization (default wordpiece-uncased).", [WordPieceNormalizations.Uncased, WordPieceNormalizations.UncasedKeepScriptMarks]),
        ],
        Notes:
        [
            "--init-from starts from the encoder of a finished run or of an exported model folder (e.g. models/xx-multi-minilm,",
            "int8 weights dequantized); its head too when the labels match, its vocabulary and tokenizer always.",
            "--lang auto takes each file's language from its folder (DATA/LANG/file): one multilingual model from many files.",
            "--max-per-file draws at most N examples of every training file per epoch (--max-per-file-lang: another N for one language's files);",
            "--extend-vocab adds up to N pieces for scripts the English vocabulary barely covers (CJK, Kana, Hangul, Cyrillic, Arabic, Devanagari...).",
            $"Data: {TrainingOptionSpecs.DataFormats}.",
        ]);

    public static int Run(CommandArguments args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var output = args.Required("out");
        var options = new TrainingOptions
        {
            TrainPaths = args.Values("data"),
            DevPaths = args.Values("dev"),
            Language = args.Required("lang"),
            OutputDirectory = output,
            ModelId = args.Value("id") ?? Path.GetFileName(Path.GetFullPath(output)),
            Epochs = args.Integer("epochs", 4),
            BatchSize = args.Integer("batch", 32),
            LearningRate = args.Number("lr", 1e-4),
            MaxLength = args.Integer("max-length", 128),
            Threads = TrainingOptionSpecs.ThreadCount(args),
            MaxSteps = args.Integer("max-steps", int.MaxValue),
            MaxTrainExamples = args.Integer("max-examples", int.MaxValue),
            Seed = args.Integer("seed", 13),
            LogEvery = args.Integer("log-every", 50),
            InitFrom = args.Value("init-from"),
            MaxExamplesPerFile = args.Integer("max-per-file", int.MaxValue),
            MaxExamplesPerFileByLanguage = LanguageLimits(args.Values("max-per-file-lang")),
            MaxDevExamplesPerFile = args.Integer("max-dev-per-file", int.MaxValue),
            ExtendVocabulary = args.Integer("extend-vocab", 0),
            CheckpointEvery = args.Integer("checkpoint-every", int.MaxValue),
            Tokenizer = args.Value("tokenizer"),
        };
        var state = new Trainer(options, Console.Out).Run(cancellationToken);
        Console.WriteLine($"done: {state.EpochsDone} epochs, {state.Steps} steps, best dev F1 {state.BestDevF1:F2} (epoch {state.BestEpoch})");
        return 0;
    }

    private static Dictionary<string, int> LanguageLimits(IReadOnlyList<string> values) => values
        .Select(v => v.Split('=') is [var language, var count] && int.TryParse(count, out var n) && n > 0
            ? (Language: language, Count: n)
            : throw new UsageException($"--max-per-file-lang expects LANG=N with N > 0, got '{v}'", Spec.Name))
        .ToDictionary(x => x.Language, x => x.Count, StringComparer.Ordinal);
}
