using EntityGraph.LoadTool;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.TestSupport;
using EntityGraph.TestSupport.Postgres;

namespace EntityGraph.Silo.Tests.Load;

/// <summary>A short run of the load tool against a real silo process on 127.0.0.1.</summary>
public sealed class LoadToolTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("entitygraph-load-").FullName;
    private PostgresTestServer _postgres = null!;
    private string _store = string.Empty;

    public async Task InitializeAsync()
    {
        _postgres = await PostgresTestServer.GetAsync();
        _store = await _postgres.CreateSchemaAsync("load");
    }

    [Fact]
    public async Task A_run_of_60_mixed_requests_reports_throughput_latency_rss_and_finds_every_ingested_document()
    {
        var models = Path.Combine(_root, "models");
        TinyNerModel.Create(models, ["en"]);
        await using var silo = await SiloProcess.StartAsync("load", new Dictionary<string, string>(), _store, models);
        var output = Path.Combine(_root, "report");
        var options = LoadOptions.Parse(["--url", $"http://127.0.0.1:{silo.HttpPort}", "--concurrency", "4", "--duration", "120", "--requests", "60", "--mix", "query=1,extract=1,ingest=1", "--warmup", "0", "--pid", silo.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", output]);
        using var http = new HttpClient { BaseAddress = options.Url };

        var report = await new LoadRunner(options, http).RunAsync();

        Assert.Equal(60, report.Requests);
        Assert.Empty(report.ErrorsByCode);
        Assert.Equal(["extract", "ingest", "query"], report.Latencies.Select(l => l.Kind));
        Assert.All(report.Latencies, l => Assert.True(l.P50 <= l.P90 && l.P90 <= l.P99 && l.P99 <= l.Max));
        Assert.True(report.DocumentsIngested > 0);
        Assert.Equal(report.DocumentsIngested, report.DocumentsVerified);
        Assert.True(report.Rss.Count >= 2);
        Assert.NotNull(report.RssGrowthAfterWarmUp);
        Assert.Contains("| ingest |", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--url must be a loopback address", "--url", "http://10.0.0.1:5080")]
    [InlineData("--concurrency must be a positive whole number", "--concurrency", "0")]
    [InlineData("--mix takes query=N,extract=N,ingest=N", "--mix", "reads=5")]
    [InlineData("unknown option '--rate'", "--rate", "5")]
    public void Bad_options_are_named(string message, params string[] args)
    {
        var error = Assert.Throws<ArgumentException>(() => LoadOptions.Parse(args));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _postgres.DropSchemaAsync(_store);
        Directory.Delete(_root, recursive: true);
    }
}
