using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EntityGraph.Ner;
using EntityGraph.Recognizers;
using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Redaction;
using EntityGraph.Redaction.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Benchmarks;

/// <summary>
/// entitygraph-bench redact: megabytes per second of rules-only redaction (the "redaction-rules" recognizer profile and
/// the default replace operator) in one process, over the texts of a JSONL file ({text, language} per line), on every
/// core; median of the timed passes after a warm-up pass. With a models folder: extraction (the "extraction" profile) and
/// redaction with models (the "redaction" profile and the operators) over the same texts, alternating, and their ratio.
/// </summary>
public static class RedactionBenchmark
{
    public static async Task<int> RunAsync(string path, int runs, string? models, CancellationToken cancellationToken = default)
    {
        var documents = new List<(string Text, string Language)>();
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var language = json.RootElement.TryGetProperty("language", out var value) ? value.GetString() ?? "" : "";
            documents.Add((json.RootElement.GetProperty("text").GetString()!, language));
        }

        var bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        if (models is not null)
        {
            return await CompareWithExtractionAsync(documents, bytes, models, runs, cancellationToken);
        }

        var pipeline = new RecognizerPipeline(BuiltInRecognizers.Create(), Options.Create(new RecognizerOptions()));
        var redactor = new Redactor(new RedactionOptions());
        Console.WriteLine($"{documents.Count} documents, {bytes / 1e6:0.00} MB from {path}; {Environment.ProcessorCount} cores");
        var rates = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var items = 0L;
            await Parallel.ForEachAsync(documents, cancellationToken, async (document, token) =>
            {
                var detections = await pipeline.RecognizeAsync(new RecognitionRequest(document.Text, document.Language), ProfileNames.RedactionRules, token);
                Interlocked.Add(ref items, redactor.Redact(document.Text, detections).Items.Count);
            });
            var rate = bytes / 1e6 / clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(run == 0 ? "warm-up" : $"run {run}")}: {rate:0.00} MB/s ({items} items)"));
            if (run > 0)
            {
                rates.Add(rate);
            }
        }

        foreach (var recognizer in pipeline.Profile(ProfileNames.RedactionRules).Recognizers.OfType<RuleRecognizer>())
        {
            var clock = Stopwatch.StartNew();
            foreach (var (text, language) in documents)
            {
                recognizer.Recognize(text, language);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {recognizer.Name}: {bytes / 1e6 / clock.Elapsed.TotalSeconds:0.0} MB/s alone, one core"));
        }

        rates.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median: {rates[rates.Count / 2]:0.00} MB/s"));
        return 0;
    }

    private static async Task<int> CompareWithExtractionAsync(List<(string Text, string Language)> documents, long bytes, string models, int runs, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EntityGraph:Ner:ModelsDirectory"] = models,
            ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddEntityGraphNer().BuildServiceProvider();
        var ner = services.GetRequiredService<INerService>();
        var redactor = new Redactor(new RedactionOptions());
        Console.WriteLine($"{documents.Count} documents, {bytes / 1e6:0.00} MB; extraction vs redaction with models, {Environment.ProcessorCount} cores");
        var extract = new List<double>();
        var redact = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var extractRate = await PassAsync(documents, bytes, async (d, token) =>
                (await ner.RecognizeAsync(new NerRequest(d.Text, d.Language), token)).Entities.Count, cancellationToken);
            var redactRate = await PassAsync(documents, bytes, async (d, token) =>
            {
                var found = await ner.RecognizeAsync(new NerRequest(d.Text, d.Language) { Profile = ProfileNames.Redaction }, token);
                var detections = found.Entities.Select(e => new Detection(e.Start, e.End, e.Type, e.Confidence, e.ModelId)).ToList();
                return redactor.Redact(d.Text, detections).Items.Count;
            }, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(run == 0 ? "warm-up" : $"run {run}")}: extract {extractRate:0.000} MB/s, redact {redactRate:0.000} MB/s"));
            if (run > 0)
            {
                extract.Add(extractRate);
                redact.Add(redactRate);
            }
        }

        extract.Sort();
        redact.Sort();
        var (e, r) = (extract[extract.Count / 2], redact[redact.Count / 2]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median: extract {e:0.000} MB/s, redact {r:0.000} MB/s, redaction at {r / e * 100:0.0}% of extraction speed"));
        return 0;
    }

    private static async Task<double> PassAsync(List<(string Text, string Language)> documents, long bytes, Func<(string Text, string Language), CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (d, token) => await work(d, token));
        return bytes / 1e6 / clock.Elapsed.TotalSeconds;
    }
}
