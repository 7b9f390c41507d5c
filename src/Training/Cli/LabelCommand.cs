using System.Text;
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
    public static async Task<int> RunAsync(ArgumentList args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var folder = args.Single("model") ?? throw new ArgumentException("--model is required");
        var output = args.Single("out") ?? throw new ArgumentException("--out is required");
        var language = args.Single("lang") ?? throw new ArgumentException("--lang is required");
        var inputs = args.Required("data");
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
