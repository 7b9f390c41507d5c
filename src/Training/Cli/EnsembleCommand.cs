using EntityGraph.Training.Export;
using EntityGraph.Training.Fast;

namespace EntityGraph.Training.Cli;

/// <summary>entitygraph-train ensemble: one bilstm-crf model folder from several exported ones, optionally registered as a BEST model.</summary>
public static class EnsembleCommand
{
    public static int Run(ArgumentList args)
    {
        var members = args.Required("member");
        var output = args.Single("out") ?? throw new ArgumentException("--out is required");
        var id = args.Single("id") ?? Path.GetFileName(Path.GetFullPath(output));
        var threads = args.Int("threads", Math.Max(1, Environment.ProcessorCount));
        var report = StagedFolder.Write(output, staging => new FastEnsembleExporter(Console.Out).Export(members, staging, id, args.All("dev"), threads, args.Has("share-first")));
        if (args.Single("manifest") is { } manifest)
        {
            ManifestUpdater.Update(manifest, output, report, args.All("route"), fallback: false, tier: "best");
            Console.WriteLine($"registered {report.ModelId} in {manifest}");
        }

        Console.WriteLine($"exported {report.ModelId} to {output}: {report.FileBytes / 1e6:F1} MB from {members.Count} members");
        return 0;
    }
}
