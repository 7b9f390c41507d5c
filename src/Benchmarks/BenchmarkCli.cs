using System.Globalization;
using EntityGraph.Corpus;
using EntityGraph.Ner;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Benchmarks;

/// <summary>
/// entitygraph-bench: words per second of the BEST and FAST models of a language through the NER runtime, on the
/// sentences of a labelled file (a Stopwatch harness: warm-up pass, then repeated timed passes; median reported).
/// </summary>
public static class BenchmarkCli
{
    private const string Usage = """
        entitygraph-bench --data FILE.iob2 --lang LANG [--models DIR] [--runs 5] [--concurrency 16] [--limit N]
                          [--batch 16] [--threads N] [--tier best --tier fast]
          Runs every sentence of FILE through INerService (BEST and FAST routes of LANG in DIR/manifest.json),
          CONCURRENCY requests at a time, and prints words/s per tier (median of RUNS timed passes after a warm-up pass).
        """;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        BenchmarkOptions options;
        try
        {
            options = Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}\n{Usage}");
            return 2;
        }

        if (!File.Exists(options.DataPath))
        {
            await Console.Error.WriteLineAsync($"error: no such file '{options.DataPath}'");
            return 2;
        }

        var sentences = ConllReader.ReadFile(options.DataPath).Take(options.Limit).ToList();
        var texts = sentences.Select(s => SentenceText.Build(s, options.Language).Text).ToList();
        var words = sentences.Sum(s => s.Tokens.Count);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EntityGraph:Ner:ModelsDirectory"] = options.ModelsDirectory,
            ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
            ["EntityGraph:Ner:EnablePatternRecognizers"] = "false",
            ["EntityGraph:Ner:MaxBatchWindows"] = options.MaxBatch.ToString(CultureInfo.InvariantCulture),
            ["EntityGraph:Ner:IntraOpThreads"] = options.Threads.ToString(CultureInfo.InvariantCulture),
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddEntityGraphNer().BuildServiceProvider();
        var ner = services.GetRequiredService<INerService>();
        Console.WriteLine($"{sentences.Count} sentences, {words} words from {options.DataPath}; concurrency {options.Concurrency}, batch {options.MaxBatch}, {Environment.ProcessorCount} cores");
        var benchmark = new ThroughputBenchmark(ner, texts, words, options.Concurrency, Console.Out);
        var results = new List<TierResult>();
        foreach (var tier in options.Tiers)
        {
            results.Add(await benchmark.RunAsync(tier, options.Language, options.Runs, cancellationToken));
        }

        Console.WriteLine();
        Console.WriteLine($"{"tier",-5} {"model",-20} {"words/s (median)",17} {"min",9} {"max",9} {"entities",9}");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Tier,-5} {r.ModelId,-20} {r.Median,17:F0} {r.WordsPerSecond.Min(),9:F0} {r.WordsPerSecond.Max(),9:F0} {r.Entities,9}"));
        }

        if (results.FirstOrDefault(r => r.Tier == "best") is { } best && results.FirstOrDefault(r => r.Tier == "fast") is { } fast)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAST / BEST: {fast.Median / best.Median:F2}x"));
        }

        return 0;
    }

    private static BenchmarkOptions Parse(string[] args)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected --name value pairs, got '{args[i]}'");
            }

            var name = args[i][2..];
            if (!values.TryGetValue(name, out var list))
            {
                values[name] = list = [];
            }

            list.Add(args[++i]);
        }

        string? One(string name) => values.TryGetValue(name, out var v) ? v[^1] : null;
        int Int(string name, int fallback, int min) =>
            One(name) is { } s ? int.TryParse(s, CultureInfo.InvariantCulture, out var v) && v >= min ? v : throw new ArgumentException($"--{name} expects an integer >= {min}, got '{s}'") : fallback;

        var tiers = values.TryGetValue("tier", out var t) ? t : ["best", "fast"];
        if (tiers.Any(x => x is not ("best" or "fast")))
        {
            throw new ArgumentException("--tier must be best or fast");
        }

        return new BenchmarkOptions
        {
            DataPath = One("data") ?? throw new ArgumentException("--data is required"),
            Language = One("lang") ?? throw new ArgumentException("--lang is required"),
            ModelsDirectory = One("models") ?? "models",
            Runs = Int("runs", 5, 1),
            Concurrency = Int("concurrency", 16, 1),
            Limit = Int("limit", int.MaxValue, 1),
            MaxBatch = Int("batch", 16, 1),
            Threads = Int("threads", 0, 0),
            Tiers = tiers,
        };
    }
}
