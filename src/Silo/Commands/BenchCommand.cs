using System.Text.Json;
using EntityGraph.CommandLine;
using EntityGraph.Grains;
using EntityGraph.Ner.Runtime;
using EntityGraph.Silo.Benchmarking;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Hosting;
using EntityGraph.Silo.Output;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Silo.Commands;

/// <summary>
/// entitygraph bench: the whole system against the raw model on this machine. Per language and tier, the model's raw
/// limit and <c>extract</c> end to end through the grains; GraphQL latency over HTTP; ingest with linking against
/// extract; cold start, first request and memory of a real server process. Markdown on stdout, or JSON with --json;
/// progress on stderr. Nothing it stores outlives the run.
/// </summary>
public sealed class BenchCommand(HostSettings? defaults = null) : CliCommand
{
    private static readonly string[] Parts = ["models", "ingest", "server"];
    private readonly HostSettings defaults = defaults ?? new HostSettings();

    public override CommandSpec Spec { get; } = new(
        "bench",
        "Measure throughput, latency, cold start and memory of this build on the benchmark corpus; Markdown or JSON report.",
        [
            new OptionSpec("corpus", "DIR", "Folder of LANG.DATASET.dev.iob2 files (default benchmarks/corpus, looked up from the working folder upwards)."),
            new OptionSpec("language", "LANG", "A corpus language to measure (repeatable; default en, de and zh).", Repeatable: true),
            new OptionSpec("runs", "N", "Timed runs per measurement; the median is reported (default 3).") { Kind = OptionValueKind.PositiveInteger },
            new OptionSpec("concurrency", "N", "Requests at once for the full-concurrency figures (default 16).") { Kind = OptionValueKind.PositiveInteger },
            new OptionSpec("min-seconds", "S", "Shortest timed run; the corpus is repeated until a run lasts this long (default 2).") { Kind = OptionValueKind.Number },
            new OptionSpec("latency-requests", "N", "GraphQL requests per concurrent client in the latency test (default 100).") { Kind = OptionValueKind.PositiveInteger },
            new OptionSpec("skip", "PART", "Leave out a part: models, ingest or server (repeatable).", Repeatable: true) { Choices = Parts },
            new OptionSpec("json", null, "Print one JSON object instead of Markdown."),
            new OptionSpec("out", "FILE", "Also write the Markdown report to FILE."),
            CommonOptions.Verbose,
        ],
        Notes: ["Run it on an otherwise idle machine: every figure is wall-clock time on the cores this machine has."]);

    public override async Task<int> ExecuteAsync(CommandArguments arguments, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var languages = arguments.Values("language") is { Count: > 0 } given ? given.Distinct(StringComparer.Ordinal).ToList() : ["en", "de", "zh"];
        var skip = arguments.Values("skip").ToHashSet(StringComparer.Ordinal);
        var runs = arguments.Integer("runs", 3);
        var concurrency = arguments.Integer("concurrency", 16);
        var minSeconds = arguments.Number("min-seconds", 2);
        if (minSeconds is <= 0 or > 600)
        {
            throw new UsageException("--min-seconds must be above 0 and at most 600", Spec.Name);
        }

        var folder = arguments.Value("corpus") ?? FindCorpus() ?? Path.Combine("benchmarks", "corpus");
        var corpus = BenchCorpus.Load(folder, languages);
        var progress = console.Error;
        await progress.WriteLineAsync($"bench: {corpus.All.Count} documents, {corpus.All.Sum(d => d.Words)} words in {string.Join(", ", languages)}; {Environment.ProcessorCount} cores").ConfigureAwait(false);

        var work = Directory.CreateTempSubdirectory("entitygraph-bench-").FullName;
        try
        {
            var settings = this.defaults with { Verbose = arguments.HasFlag("verbose") || this.defaults.Verbose };
            var timer = new BenchTimer(runs, minSeconds);
            var models = new List<ModelBenchResult>();
            Ner.Models.ModelManifest manifest;
            await using (var runtime = await WorkerRuntime.StartAsync(settings with { DataDirectory = Path.Combine(work, "models"), InitializeStore = false }, HostMode.Worker, cancellationToken))
            {
                manifest = runtime.Services.GetRequiredService<ModelCatalog>().Manifest;
                if (!skip.Contains("models"))
                {
                    var benchmark = new ModelThroughputBenchmark(runtime.Services, runtime.Grains, timer, concurrency, progress);
                    foreach (var language in languages)
                    {
                        foreach (var tier in new[] { ExtractionAccuracy.Best, ExtractionAccuracy.Fast })
                        {
                            models.Add(await benchmark.RunAsync(language, tier, corpus.Documents[language], cancellationToken));
                        }
                    }
                }
            }

            var ingest = skip.Contains("ingest") ? null : await new IngestBenchmark(settings, work, runs, concurrency, progress).RunAsync(corpus, cancellationToken);
            var server = skip.Contains("server") ? null : await new ServerBenchmark(settings, work, arguments.Integer("latency-requests", 100), progress).RunAsync(corpus, manifest, cancellationToken);
            var report = new BenchReport(
                $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}",
                corpus.Files,
                runs,
                concurrency,
                models,
                server?.Latencies ?? [],
                ingest,
                server?.ColdStartSeconds,
                server?.FirstRequest,
                server?.RoutedModels,
                server?.RssAllModelsMb,
                server?.PeakRssMb,
                ProcessMemory.Read(Environment.ProcessId).Peak);
            var markdown = BenchMarkdown.Write(report);
            if (arguments.Value("out") is { } outPath)
            {
                await File.WriteAllTextAsync(outPath, markdown, cancellationToken);
            }

            await console.Out.WriteAsync(arguments.HasFlag("json") ? JsonSerializer.Serialize(report, CliJson.Indented) + Environment.NewLine : markdown);
            return ExitCodes.Success;
        }
        finally
        {
            TryDelete(work);
        }
    }

    /// <summary>benchmarks/corpus in the working folder or the nearest folder above it that has one.</summary>
    private static string? FindCorpus()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "benchmarks", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (the server's log on a slow exit): the temporary folder is left for the system to clear.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
