using EntityGraph.CommandLine;
using EntityGraph.Training.Export;
using EntityGraph.Training.Fast;

namespace EntityGraph.Training.Cli;

/// <summary>entitygraph-train ensemble: one bilstm-crf model folder from several exported ones, optionally registered as a BEST model.</summary>
public static class EnsembleCommand
{
    public static CommandSpec Spec { get; } = new(
        "ensemble",
        "One bilstm-crf model from exported ones trained on the same data (different seeds): mean emissions in one graph, mean CRF scores; scores each member and the ensemble on --dev, registers it as a best-tier model.",
        [
            new OptionSpec("member", "MODEL_DIR", "An exported bilstm-crf model folder; repeat for each member.", Repeatable: true) { Required = true },
            TrainingOptionSpecs.ModelOutput,
            TrainingOptionSpecs.Id,
            TrainingOptionSpecs.Dev with { Description = "A dev file to score the members and the ensemble on; repeat for several." },
            new OptionSpec("share-first", null, "Two members: write only the second member's graph; the runtime averages it with the first member's."),
            TrainingOptionSpecs.Manifest,
            TrainingOptionSpecs.Route,
            TrainingOptionSpecs.Threads,
        ],
        Notes:
        [
            "--share-first (two members): the folder holds only the second member's graph and uses the first member's",
            "graph and vocabularies where they are (e.g. the shipped FAST model), averaged by the runtime.",
        ]);

    public static int Run(CommandArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var members = args.Values("member");
        var output = args.Required("out");
        var id = args.Value("id") ?? Path.GetFileName(Path.GetFullPath(output));
        var threads = TrainingOptionSpecs.ThreadCount(args);
        var report = StagedFolder.Write(output, staging => new FastEnsembleExporter(Console.Out).Export(members, staging, id, args.Values("dev"), threads, args.HasFlag("share-first")));
        if (args.Value("manifest") is { } manifest)
        {
            ManifestUpdater.Update(manifest, output, report, args.Values("route"), fallback: false, tier: "best");
            Console.WriteLine($"registered {report.ModelId} in {manifest}");
        }

        Console.WriteLine($"exported {report.ModelId} to {output}: {report.FileBytes / 1e6:F1} MB from {members.Count} members");
        return 0;
    }
}
