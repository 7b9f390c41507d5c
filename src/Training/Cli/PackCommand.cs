using EntityGraph.Ner.Models;
using EntityGraph.Training.Export;

namespace EntityGraph.Training.Cli;

/// <summary>entitygraph-train pack: an exported model folder written again with 4-bit word embeddings.</summary>
public static class PackCommand
{
    public static int Run(ArgumentList args)
    {
        var model = args.Single("model") ?? throw new ArgumentException("--model is required");
        if (!File.Exists(Path.Combine(model, "config.json")))
        {
            throw new ArgumentException($"--model: {model} is not a model folder (no config.json)");
        }

        var output = args.Single("out") ?? model;
        var threads = args.Int("threads", Math.Max(1, Environment.ProcessorCount));
        var maxDrop = args.Double("max-drop", double.PositiveInfinity);
        PackReport report;
        try
        {
            report = StagedFolder.Write(output, staging => new EmbeddingPacker(Console.Out).Pack(model, staging, args.All("dev"), args.Int("max-dev-per-file", int.MaxValue), threads, maxDrop, args.Has("drop-added-pieces")));
        }
        catch (PackingRefusedException ex)
        {
            Console.WriteLine($"not packed: {ex.Message}");
            return 3;
        }

        if (args.Single("manifest") is { } manifest)
        {
            var id = ModelConfig.Load(output).Id;
            ManifestUpdater.SetPacked(manifest, id, report);
            Console.WriteLine($"recorded {id} at {report.BytesAfter:N0} bytes in {manifest}");
        }

        return 0;
    }
}
