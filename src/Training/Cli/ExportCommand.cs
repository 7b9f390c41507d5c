using EntityGraph.Training.Export;
using EntityGraph.Training.Fast;

namespace EntityGraph.Training.Cli;

/// <summary>
/// entitygraph-train export: writes a model folder from a run (transformer or BiLSTM-CRF), fits its confidence
/// calibration on the run's dev files (unless --no-calibrate) and optionally registers it in the manifest.
/// </summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(ArgumentList args, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var run = args.Single("run") ?? throw new ArgumentException("--run is required");
        var output = args.Single("out") ?? throw new ArgumentException("--out is required");
        var threads = args.Int("threads", Math.Max(1, Environment.ProcessorCount));
        var fast = File.Exists(Path.Combine(run, FastTrainingState.FileName));
        var report = StagedFolder.Write(output, staging => fast
            ? new FastModelExporter(Console.Out).Export(run, staging, args.Single("id"), !args.Has("no-quantize"), threads, MaxBytes(args))
            : new ModelExporter(Console.Out).Export(run, staging, args.Single("id"), !args.Has("no-quantize"), threads));
        if (!args.Has("no-calibrate") && report.DevData.Count > 0 && report.DevData.All(Path.Exists))
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

        if (args.Single("manifest") is { } manifest)
        {
            var tier = args.Single("tier") ?? (fast ? "fast" : "best");
            if (tier is not ("best" or "fast"))
            {
                throw new ArgumentException($"--tier must be best or fast, not '{tier}'");
            }

            ManifestUpdater.Update(manifest, output, report, args.All("route"), args.Has("fallback"), tier);
            Console.WriteLine($"registered {report.ModelId} in {manifest}");
        }

        Console.WriteLine($"exported {report.ModelId} to {output}: {report.FileBytes / 1e6:F1} MB, quantized {report.Quantized}");
        return 0;
    }

    private static long MaxBytes(ArgumentList args) =>
        args.Single("max-bytes") is { } s ? long.TryParse(s, out var v) && v > 0 ? v : throw new ArgumentException($"--max-bytes expects a positive integer, got '{s}'") : FastModelExporter.DefaultMaxBytes;
}
