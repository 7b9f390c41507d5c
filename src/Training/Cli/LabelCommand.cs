using System.Text;
using EntityGraph.CommandLine;
using EntityGraph.Corpus;
using EntityGraph.Ner;
using EntityGraph.Ner.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EntityGraph.Training.Cli;

/// <summary>
/// entitygraph-train label: tags the sentences of column files with a model folder (through the runtime) and writes them
/// as IOB2 columns, replacing their own tags: silver data for distilling a model into another (e.g. the FAST tier).
/// </summary>
public static class LabelCommand
{
    public static CommandSpec Spec { get; } = new(
        "label",
        "Tag column files with a model (through the runtime) and write IOB2 silver data for distillation. Dev splits are refused.",
        [
            TrainingOptionSpecs.Model with { Description = "The model folder that tags." },
            TrainingOptionSpecs.Data with { Description = "A column file to tag; repeat for several." },
            TrainingOptionSpecs.Language with { Description = "Language of the files." },
            new OptionSpec("out", "FILE.iob2", "The IOB2 file to write.") { Required = true },
        ]);

    public static async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var folder = args.Required("model");
        var output = args.Required("out");
        var language = args.Required("lang");
        var inputs = args.Values("data");
        if (inputs.Any(p => Path.GetFileName(p).Contains(".dev", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException("refusing to label a dev split: silver data must come from text that is never used for evaluation");
        }

        var sentences = inputs.SelectMany(ConllReader.ReadFile).ToList();
        var options = Options.Create(new NerOptions { ExecutionProvider = "cpu", MaxBatchWindows = 32 });
        var catalog = new ModelCatalog(new OnnxSessionFactory(options, NullLogger<OnnxSessionFactory>.Instance), options, NullLogger<ModelCatalog>.Instance);
        await using var model = catalog.LoadFolder(folder);
        var tags = new string[sentences.Count][];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, sentences.Count), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var example = SentenceText.Build(sentences[i], language);
            var spans = await model.PredictAsync(example.Text, token);
            tags[i] = TagSpans.ToTokenTags(spans.Select(s => new EntitySpan(s.Start, s.End, s.Type)).ToList(), example.TokenOffsets!);
        });
        var text = new StringBuilder();
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var t = 0; t < sentences[s].Tokens.Count; t++)
            {
                text.Append(sentences[s].Tokens[t]).Append('\t').Append(tags[s][t]).Append('\n');
            }

            text.Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var temporary = output + ".tmp";
        await File.WriteAllTextAsync(temporary, text.ToString(), new UTF8Encoding(false), cancellationToken);
        File.Move(temporary, output, overwrite: true);
        Console.WriteLine($"labelled {sentences.Count} sentences ({sentences.Sum(s => s.Tokens.Count)} tokens) with {model.Config.Id} in {clock.Elapsed.TotalSeconds:F0} s: {output}");
        return 0;
    }
}
