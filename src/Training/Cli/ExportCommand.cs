using EntityGraph.CommandLine;
using EntityGraph.Training.Export;
using EntityGraph.Training.Fast;

namespace EntityGraph.Training.Cli;

/// <summary>
/// entitygraph-train export: writes a model folder from a run (transformer or BiLSTM-CRF), fits its confidence
/// calibration on the run's dev files (unless --no-calibrate) and optionally registers it in the manifest.
/// </summary>
public static class ExportCommand
{
    public static CommandSpec Spec { get; } = new(
        "export",
        "Write MODEL_DIR/model.onnx, config.json and vocabularies from the best checkpoint of a run, then fit the model's confidence calibration on the run's dev files, as calibrate does.",
        [
            new OptionSpec("run", "DIR", "The run folder of train or train-fast.") { Required = true },
            TrainingOptionSpecs.ModelOutput,
            TrainingOptionSpecs.Id,
            new OptionSpec("no-quantize", null, "Do not quantize the weights."),
            new OptionSpec("no-calibrate", null, "Do not fit the confidence calibration."),
            TrainingOptionSpecs.Positive("max-bytes", $"A train-fast model's largest size in bytes (default {FastModelExporter.DefaultMaxBytes})."),
            TrainingOptionSpecs.Manifest,
            TrainingOptionSpecs.Route,
            new OptionSpec("fallback", null, "With --manifest: make the model the fallback of unrouted languages."),
            TrainingOptionSpecs.Tier("With --manifest: the tier it is registered as (default: fast for a train-fast run, else best)."),
            TrainingOptionSpecs.Threads,
        ],
        Notes: ["A train-fast run is exported as bilstm-crf, registered as --tier fast unless told otherwise, at most --max-bytes."]);

    public static async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        cancellationToken.ThrowIfCancellationRequested();
        var run = args.Required("run");
        var output = args.Required("out");
        var threads = TrainingOptionSpecs.ThreadCount(args);
        var fast = File.Exists(Path.Combine(run, FastTrainingState.FileName));
        var maxBytes = args.Integer("max-bytes", (int)FastModelExporter.DefaultMaxBytes);
        var report = StagedFolder.Write(output, staging => fast
            ? new FastModelExporter(Console.Out).Export(run, staging, args.Value("id"), !args.HasFlag("no-quantize"), threads, maxBytes)
            : new ModelExporter(Console.Out).Export(run, staging, args.Value("id"), !args.HasFlag("no-quantize"), threads));
        if (!args.HasFlag("no-calibrate") && report.DevData.Count > 0 && report.DevData.All(Path.Exists))
        {
            try
            {
                await CalibrateCommand.CalibrateAsync(output, report.DevData, report.Language, int.MaxValue, threads, writeCard: true, reportPath: null, cancellationToken);
            }
            catch (ArgumentException ex)
            {
                Console.WriteLine($"not calibrated: {ex.Message}");
            }
        }

        if (args.Value("manifest") is { } manifest)
        {
            var tier = args.Value("tier") ?? (fast ? "fast" : "best");
            ManifestUpdater.Update(manifest, output, report, args.Values("route"), args.HasFlag("fallback"), tier);
            Console.WriteLine($"registered {report.ModelId} in {manifest}");
        }

        Console.WriteLine($"exported {report.ModelId} to {output}: {report.FileBytes / 1e6:F1} MB, quantized {report.Quantized}");
        return 0;
    }
}
