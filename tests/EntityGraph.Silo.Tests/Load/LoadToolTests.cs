using EntityGraph.CommandLine;
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
        var options = await ParseAsync("--url", $"http://127.0.0.1:{silo.HttpPort}", "--concurrency", "4", "--duration", "120", "--requests", "60", "--mix", "query=1,extract=1,ingest=1", "--warmup", "0", "--pid", silo.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", output);
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
    [InlineData("--concurrency must be a positive integer", "--concurrency", "0")]
    [InlineData("--mix takes query=N,extract=N,ingest=N", "--mix", "reads=5")]
    [InlineData("Unrecognized command or argument '--rate'", "--rate", "5")]
    public async Task Bad_options_are_named(string message, params string[] args)
    {
        using var error = new StringWriter();
        var code = await App((arguments, _) => Task.FromResult(LoadOptions.From(arguments).Concurrency)).RunAsync(args, TextWriter.Null, error);

        Assert.Equal(CommandLineApp.UsageExitCode, code);
        Assert.Contains($"entitygraph-load: error: {message}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Absent_options_keep_their_defaults()
    {
        var options = await ParseAsync("--pid", "42");

        Assert.Equal(new LoadOptions() with { ServerPid = 42 }, options);
    }

    /// <summary>The options the load tool's command line gives.</summary>
    private static async Task<LoadOptions> ParseAsync(params string[] args)
    {
        LoadOptions? options = null;
        var code = await App((arguments, _) =>
        {
            options = LoadOptions.From(arguments);
            return Task.FromResult(0);
        }).RunAsync(args, TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, code);
        return options!;
    }

    private static CommandLineApp App(CommandHandler handler) => new("entitygraph-load", new CommandDefinition(LoadOptions.Spec, handler));

    public async Task DisposeAsync()
    {
        await _postgres.DropSchemaAsync(_store);
        Directory.Delete(_root, recursive: true);
    }
}
