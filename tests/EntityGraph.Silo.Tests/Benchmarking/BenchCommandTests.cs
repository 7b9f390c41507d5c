using System.Text.Json;
using EntityGraph.Ner.Models;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Tests.Fixtures;

namespace EntityGraph.Silo.Tests.Benchmarking;

public sealed class BenchCommandTests(Workspace workspace) : IClassFixture<Workspace>
{
    [Fact]
    public async Task Bench_json_measures_models_ingest_and_a_real_server_in_one_object()
    {
        var corpus = workspace.Folder("bench-corpus");
        BenchCorpusFile.Write(Path.Combine(corpus, "en.tiny.dev.iob2"), sentences: 20);
        var manifest = ModelManifest.Load(Path.Combine(workspace.Settings.Overrides["EntityGraph:Ner:ModelsDirectory"]!, "manifest.json"));

        var run = await CliRun.RunAsync(
            workspace.Settings, null, "bench", "--json", "--corpus", corpus, "--language", "en", "--runs", "1", "--min-seconds", "0.01", "--latency-requests", "3", "--concurrency", "4");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        var models = root.GetProperty("models").EnumerateArray().ToList();
        var route = manifest.Routes["en"];
        Assert.Equal([("en", "best", route.Best), ("en", "fast", route.Fast ?? route.Best)], models.Select(m => (m.GetProperty("language").GetString(), m.GetProperty("tier").GetString(), m.GetProperty("id").GetString())));
        Assert.All(models, m =>
        {
            Assert.Equal(260, m.GetProperty("words").GetInt32());
            Assert.True(m.GetProperty("raw_words_per_second").GetDouble() > 0);
            Assert.True(m.GetProperty("raw_tokens_per_second").GetDouble() > 0);
            Assert.True(m.GetProperty("e2e_words_per_second").GetDouble() > 0);
            Assert.Equal(m.GetProperty("e2e_words_per_second").GetDouble() / m.GetProperty("raw_words_per_second").GetDouble(), m.GetProperty("ratio").GetDouble(), 9);
        });

        var latencies = root.GetProperty("graphql").EnumerateArray().ToList();
        Assert.Equal([(1, 3), (8, 24)], latencies.Select(l => (l.GetProperty("concurrency").GetInt32(), l.GetProperty("requests").GetInt32())));
        Assert.All(latencies, l =>
        {
            Assert.Equal(60, l.GetProperty("words").GetInt32());
            Assert.InRange(l.GetProperty("p50_ms").GetDouble(), 0.01, l.GetProperty("p95_ms").GetDouble());
            Assert.InRange(l.GetProperty("p95_ms").GetDouble(), 0.01, l.GetProperty("p99_ms").GetDouble());
        });

        var ingest = root.GetProperty("ingest");
        Assert.Equal(2, ingest.GetProperty("documents").GetInt32());
        Assert.True(ingest.GetProperty("words_per_second").GetDouble() > 0);
        Assert.True(ingest.GetProperty("documents_per_second").GetDouble() > 0);
        Assert.True(ingest.GetProperty("ratio_to_extract").GetDouble() > 0);
        Assert.InRange(root.GetProperty("cold_start_seconds").GetDouble(), 0.1, 120);
        Assert.True(root.GetProperty("first_request").GetProperty("seconds").GetDouble() > 0);
        Assert.Equal(manifest.Routes.Values.Sum(r => r.Fast is null ? 1 : 2), root.GetProperty("routed_models_loaded").GetInt32());
        Assert.InRange(root.GetProperty("peak_rss_mb").GetDouble(), root.GetProperty("rss_all_models_mb").GetDouble(), 100_000);
        Assert.Contains("server: ready", run.Error, StringComparison.Ordinal);
        Assert.Contains("ingest run 1/1", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_with_every_part_skipped_prints_markdown_and_writes_it_to_out()
    {
        var corpus = workspace.Folder("bench-skip");
        BenchCorpusFile.Write(Path.Combine(corpus, "en.tiny.dev.iob2"), sentences: 5);
        var report = Path.Combine(workspace.Folder("bench-skip-out"), "bench.md");

        var run = await CliRun.RunAsync(workspace.Settings, null, "bench", "--corpus", corpus, "--language", "en", "--skip", "models", "--skip", "ingest", "--skip", "server", "--out", report);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.StartsWith("Benchmark on ", run.Out, StringComparison.Ordinal);
        Assert.Contains("Corpus: en en.tiny.dev.iob2.", run.Out, StringComparison.Ordinal);
        Assert.Equal(run.Out, await File.ReadAllTextAsync(report));
    }

    [Fact]
    public async Task Bad_bench_options_are_usage_errors()
    {
        var corpus = workspace.Folder("bench-bad");
        BenchCorpusFile.Write(Path.Combine(corpus, "en.tiny.dev.iob2"), sentences: 5);

        var skip = await CliRun.RunAsync(workspace.Settings, null, "bench", "--corpus", corpus, "--skip", "everything");
        var seconds = await CliRun.RunAsync(workspace.Settings, null, "bench", "--corpus", corpus, "--min-seconds", "0");
        var missing = await CliRun.RunAsync(workspace.Settings, null, "bench", "--corpus", Path.Combine(corpus, "none"));

        Assert.Equal(ExitCodes.Usage, skip.ExitCode);
        Assert.Equal(ExitCodes.Usage, seconds.ExitCode);
        Assert.Contains("--min-seconds must be above 0", seconds.Error, StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.Success, missing.ExitCode);
        Assert.Contains("FILE_NOT_FOUND", missing.Error, StringComparison.Ordinal);
    }
}
