using EntityGraph.Training.Export;

namespace EntityGraph.Training.Cli;

/// <summary>entitygraph-train export: writes a model folder from a run and optionally registers it in the manifest.</summary>
public static class ExportCommand
{
    public static Task<int> RunAsync(ArgumentList args, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var run = args.Single("run") ?? throw new ArgumentException("--run is required");
        var output = args.Single("out") ?? throw new ArgumentException("--out is required");
        var report = new ModelExporter(Console.Out).Export(
            run, output, args.Single("id"), !args.Has("no-quantize"), args.Int("threads", Math.Max(1, Environment.ProcessorCount)));
        if (args.Single("manifest") is { } manifest)
        {
            ManifestUpdater.Update(manifest, output, report, args.All("route"), args.Has("fallback"), args.Single("tier") ?? "best");
            Console.WriteLine($"registered {report.ModelId} in {manifest}");
        }

        Console.WriteLine($"exported {report.ModelId} to {output}: {report.FileBytes / 1e6:F1} MB, quantized {report.Quantized}");
        return Task.FromResult(0);
    }
}
