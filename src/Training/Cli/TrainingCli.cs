using EntityGraph.Training.Training;

namespace EntityGraph.Training.Cli;

/// <summary>Command line of entitygraph-train: train, train-fast, label, export, ensemble, pack, calibrate, promote, coverage.</summary>
public static class TrainingCli
{
    private const string Usage = """
        entitygraph-train: train, evaluate and export EntityGraph NER models

        Commands:
          train   --data PATH [--data PATH...] --lang LANG --out DIR [--dev PATH...] [--id ID]
                  [--epochs N] [--batch N] [--lr X] [--max-length N] [--threads N] [--max-steps N] [--max-examples N] [--seed N] [--init-from RUN_DIR|MODEL_DIR]
                  [--max-per-file N] [--max-per-file-lang LANG=N...] [--max-dev-per-file N] [--extend-vocab N] [--checkpoint-every STEPS] [--tokenizer wordpiece-uncased|wordpiece-uncased-keep-script-marks]
                  Fine-tunes MiniLM-L6-H384 (+ casing embedding) for token classification. Resumes from DIR when it holds a checkpoint.
                  --init-from starts from the encoder of a finished run or of an exported model folder (e.g. models/xx-multi-minilm,
                  int8 weights dequantized); its head too when the labels match, its vocabulary and tokenizer always.
                  --lang auto takes each file's language from its folder (DATA/LANG/file): one multilingual model from many files.
                  --max-per-file draws at most N examples of every training file per epoch (--max-per-file-lang: another N for one language's files); --extend-vocab adds up to N pieces
                  for scripts the English vocabulary barely covers (CJK, Kana, Hangul, Cyrillic, Arabic, Devanagari...).
          train-fast --data PATH [--data PATH...] --lang LANG --out DIR [--dev PATH...] [--id ID]
                  [--epochs 30] [--batch 16] [--lr 2e-3] [--hidden 160] [--layers 1] [--word-dim 100] [--char-dim 30]
                  [--char-filters 50] [--casing-dim 8] [--dropout 0.5] [--min-word-count 1] [--threads N] [--max-steps N] [--seed N]
                  Trains a BiLSTM-CRF tagger (word + character CNN + casing features) from scratch: the FAST tier.
                  Resumes from DIR when it holds a checkpoint.
          label   --model MODEL_DIR --data PATH [--data PATH...] --lang LANG --out FILE.iob2
                  Tags column files with a model (through the runtime) and writes IOB2 silver data for distillation.
                  Dev splits are refused.
          export  --run DIR --out MODEL_DIR [--id ID] [--no-quantize] [--no-calibrate] [--max-bytes N] [--manifest models/manifest.json [--route LANG...] [--fallback] [--tier best|fast]]
                  Writes MODEL_DIR/model.onnx, config.json and vocabularies from the best checkpoint of a run
                  (a train-fast run is exported as bilstm-crf, registered as --tier fast unless told otherwise, at most --max-bytes).
                  Then fits the model's confidence calibration on the run's dev files, as calibrate does.

          ensemble --member MODEL_DIR --member MODEL_DIR... --out MODEL_DIR [--id ID] [--dev PATH...] [--share-first] [--manifest models/manifest.json [--route LANG...]]
                  One bilstm-crf model from exported ones trained on the same data (different seeds): mean emissions in one graph,
                  mean CRF scores; scores each member and the ensemble on --dev, registers it as a best-tier model.
                  --share-first (two members): the folder holds only the second member's graph and uses the first member's
                  graph and vocabularies where they are (e.g. the shipped FAST model), averaged by the runtime.

          pack    --model MODEL_DIR [--out MODEL_DIR] [--dev PATH...] [--max-dev-per-file N] [--max-drop F1] [--drop-added-pieces] [--manifest models/manifest.json]
                  Writes an exported model again with its word embedding table as 4-bit groups (float16 scales), in place
                  unless --out; scores it before and after on --dev, records both in eval.json and the card, and the new
                  size in the manifest. With --max-drop, a model whose dev F1 falls by more is left as it is (exit code 3).
                  --drop-added-pieces (a transformer serving a Latin-script language): drops the pieces its vocabulary was
                  extended with for other scripts.

          calibrate --model MODEL_DIR --dev PATH [--dev PATH...] [--lang LANG|auto] [--max-dev-per-file N] [--threads N] [--report FILE.json] [--no-card]
                  Fits the model's confidence calibration on the dev files (isotonic, per language and per type with enough
                  data) and stores it with the model (calibration.json); writes the card's Calibration section (reliability
                  tables, expected calibration error, shares accepted / in review / rejected at 0.95 / 0.80).

          promote --model MODEL_DIR --data-dir DIR --lang LANG [--tier best|fast] [--domain D] --dev PATH [--dev PATH...]
                  [--report-dev PATH...] [--max-loss 0.2] [--activate] [--models models]
                  Scores the model and the one serving the route now (LANG:TIER[:DOMAIN]) on the route's original dev files
                  (--dev) and refuses it (exit code 3) when it loses more than --max-loss F1 on any; else copies it into
                  DIR/models as the route's next version (v1, v2...). --report-dev files are scored and shown, not gated.
                  Switch versions with `entitygraph models activate|rollback` or the activateModel mutation.

          coverage --data PATH [--data PATH...] [--lang LANG|auto] [--model MODEL_DIR] [--max-per-file 2000]
                  Share of words that become [UNK], and pieces per word, per file: the MiniLM base vocabulary and a model's own.

        Data: CoNLL column files (tag in the last column; IOB1, IOB2, BIOES) or JSONL span files (*.jsonl).
        """;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            var parsed = ArgumentList.Parse(args.Skip(1));
            if (parsed.Has("help"))
            {
                Console.WriteLine(Usage);
                return 0;
            }

            return args[0] switch
            {
                "train" => Train(parsed, cancellationToken),
                "train-fast" => TrainFastCommand.Run(parsed, cancellationToken),
                "label" => await LabelCommand.RunAsync(parsed, cancellationToken),
                "export" => await ExportCommand.RunAsync(parsed, cancellationToken),
                "coverage" => CoverageCommand.Run(parsed),
                "ensemble" => EnsembleCommand.Run(parsed),
                "pack" => PackCommand.Run(parsed),
                "calibrate" => await CalibrateCommand.RunAsync(parsed, cancellationToken),
                "promote" => PromoteCommand.Run(parsed),
                _ => Fail($"unknown command '{args[0]}'"),
            };
        }
        catch (ArgumentException ex)
        {
            return Fail(ex.Message);
        }
        catch (EntityGraph.Corpus.CorpusFormatException ex)
        {
            return Fail(ex.Message);
        }
        catch (EntityGraph.Training.Fast.FastExportException ex)
        {
            return Fail(ex.Message);
        }
        catch (InvalidDataException ex)
        {
            return Fail(ex.Message);
        }
        catch (EntityGraph.Ner.Versions.ModelVersionException ex)
        {
            return Fail(ex.Message);
        }
    }

    private static int Train(ArgumentList parsed, CancellationToken cancellationToken)
    {
        var options = new TrainingOptions
        {
            TrainPaths = parsed.Required("data"),
            DevPaths = parsed.All("dev"),
            Language = parsed.Single("lang") ?? throw new ArgumentException("--lang is required"),
            OutputDirectory = parsed.Single("out") ?? throw new ArgumentException("--out is required"),
            ModelId = parsed.Single("id") ?? Path.GetFileName(Path.GetFullPath(parsed.Single("out")!)),
            Epochs = parsed.Int("epochs", 4),
            BatchSize = parsed.Int("batch", 32),
            LearningRate = parsed.Double("lr", 1e-4),
            MaxLength = parsed.Int("max-length", 128),
            Threads = parsed.Int("threads", Math.Max(1, Environment.ProcessorCount)),
            MaxSteps = parsed.Int("max-steps", int.MaxValue),
            MaxTrainExamples = parsed.Int("max-examples", int.MaxValue),
            Seed = parsed.Int("seed", 13),
            LogEvery = parsed.Int("log-every", 50),
            InitFrom = parsed.Single("init-from"),
            MaxExamplesPerFile = parsed.Int("max-per-file", int.MaxValue),
            MaxExamplesPerFileByLanguage = LanguageLimits(parsed.All("max-per-file-lang")),
            MaxDevExamplesPerFile = parsed.Int("max-dev-per-file", int.MaxValue),
            ExtendVocabulary = parsed.Int("extend-vocab", 0),
            CheckpointEvery = parsed.Int("checkpoint-every", int.MaxValue),
            Tokenizer = parsed.Single("tokenizer"),
        };
        var state = new Trainer(options, Console.Out).Run(cancellationToken);
        Console.WriteLine($"done: {state.EpochsDone} epochs, {state.Steps} steps, best dev F1 {state.BestDevF1:F2} (epoch {state.BestEpoch})");
        return 0;
    }

    private static Dictionary<string, int> LanguageLimits(IReadOnlyList<string> values) => values
        .Select(v => v.Split('=') is [var language, var count] && int.TryParse(count, out var n) && n > 0
            ? (Language: language, Count: n)
            : throw new ArgumentException($"--max-per-file-lang expects LANG=N with N > 0, got '{v}'"))
        .ToDictionary(x => x.Language, x => x.Count, StringComparer.Ordinal);

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        Console.Error.WriteLine("run 'entitygraph-train --help' for usage");
        return 2;
    }
}
