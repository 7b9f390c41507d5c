using EntityGraph.CommandLine;
using EntityGraph.Ner.Models;
using EntityGraph.Training.Export;

namespace EntityGraph.Training.Cli;

/// <summary>entitygraph-train pack: an exported model folder written again with 4-bit word embeddings.</summary>
public static class PackCommand
{
    /// <summary>Exit code of a model left as it was because packing cost more than --max-drop.</summary>
    public const int Refused = 3;

    public static CommandSpec Spec { get; } = new(
        "pack",
        "Write an exported model again with its word embedding table as 4-bit groups (float16 scales), in place unless --out; score it before and after on --dev.",
        [
            TrainingOptionSpecs.Model,
            new OptionSpec("out", "MODEL_DIR", "Write the packed model here instead of in place."),
            TrainingOptionSpecs.Dev with { Description = "A dev file to score the model on before and after; repeat for several." },
            TrainingOptionSpecs.MaxDevPerFile,
            TrainingOptionSpecs.Number("max-drop", "F1", "Leave the model as it is (exit code 3) when its dev F1 falls by more."),
            new OptionSpec("drop-added-pieces", null, "A transformer serving a Latin-script language: drop the pieces its vocabulary was extended with for other scripts."),
            TrainingOptionSpecs.Manifest with { Description = "Record the new size in this manifest (e.g. models/manifest.json)." },
            TrainingOptionSpecs.Threads,
        ],
        Notes: ["Both scores are recorded in eval.json and the model card."]);

    public static int Run(CommandArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var model = args.Required("model");
        if (!File.Exists(Path.Combine(model, "config.json")))
        {
            throw new UsageException($"--model: {model} is not a model folder (no config.json)", Spec.Name);
        }

        var output = args.Value("out") ?? model;
        var threads = TrainingOptionSpecs.ThreadCount(args);
        var maxDrop = args.Number("max-drop", double.PositiveInfinity);
        PackReport report;
        try
        {
            report = StagedFolder.Write(output, staging => new EmbeddingPacker(Console.Out).Pack(model, staging, args.Values("dev"), args.Integer("max-dev-per-file", int.MaxValue), threads, maxDrop, args.HasFlag("drop-added-pieces")));
        }
        catch (PackingRefusedException ex)
        {
            Console.WriteLine($"not packed: {ex.Message}");
            return Refused;
        }

        if (args.Value("manifest") is { } manifest)
        {
            var id = ModelConfig.Load(output).Id;
            ManifestUpdater.SetPacked(manifest, id, report);
            Console.WriteLine($"recorded {id} at {report.BytesAfter:N0} bytes in {manifest}");
        }

        return 0;
    }
}
