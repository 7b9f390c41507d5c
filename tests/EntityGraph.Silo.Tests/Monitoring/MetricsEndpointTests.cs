using System.Text.Json;
using EntityGraph.Silo.Tests.Fixtures;

namespace EntityGraph.Silo.Tests.Monitoring;

/// <summary>
/// /metrics of a real <c>entitygraph serve</c> process (its own meter, so the counters hold this test's work only):
/// after a known ingest the counters equal the store's counts, the latency and batcher histograms exist for every model
/// that served, the platform meters (ASP.NET Core, Orleans) are exported, and the whole text parses as Prometheus text.
/// </summary>
public sealed class MetricsEndpointTests : IDisposable
{
    private const string Ingest = "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome } }";
    private readonly Workspace _workspace = new();

    [Fact]
    public async Task After_a_known_ingest_the_counters_equal_the_stores_counts_and_the_text_parses()
    {
        var models = _workspace.Settings.Overrides["EntityGraph:Ner:ModelsDirectory"]!;
        var settings = new Dictionary<string, string> { ["Monitoring:ReviewQueueInterval"] = "00:00:01" };
        await using var silo = await SiloProcess.StartAsync("metrics", settings, ["--data-dir", _workspace.Folder("data")], models);

        string[] names = ["Anna Berg", "Omar Haddad", "Li Wei", "Maria Keller"];
        string[] companies = ["ACME", "NORDWIND", "HELIOS", "ATLAS"];
        for (var i = 0; i < 12; i++)
        {
            var text = $"{names[i % 4]} met {companies[i % 4]} and {companies[(i + 1) % 4]} in memo {i}. {names[(i + 2) % 4]} agreed with IBM.";
            var answer = await silo.GraphQLAsync(Ingest, new { input = new { id = $"m{i:D2}", text, language = i % 3 == 0 ? "de" : "en" } });
            Assert.False(answer.TryGetProperty("errors", out _), answer.ToString());
        }

        var refused = await silo.GraphQLAsync(Ingest, new { input = new { id = "bad", text = "Anna Berg met ACME.", language = "not-a-language" } });
        var code = refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

        var statistics = (await silo.GraphQLAsync("{ statistics { documents mentions mentionsByStatus { accepted inReview rejected corrected added } } }"))
            .GetProperty("data").GetProperty("statistics");
        var loaded = (await silo.ClusterAsync()).SelectMany(s => s.GetProperty("loadedModels").EnumerateArray().Select(m => m.GetString()!)).Distinct().ToList();
        Assert.NotEmpty(loaded);

        var samples = await ScrapeUntilAsync(silo, s => Sum(s, "entitygraph_review_queue_depth") == statistics.GetProperty("mentionsByStatus").GetProperty("inReview").GetInt64());

        Assert.Equal(12, statistics.GetProperty("documents").GetInt64());
        Assert.Equal(12, Sum(samples, "entitygraph_documents_ingested_total"));
        Assert.Equal(12, Sum(samples, "entitygraph_documents_ingested_total", "outcome", "created"));
        var byStatus = statistics.GetProperty("mentionsByStatus");
        foreach (var (status, field) in new[] { ("ACCEPTED", "accepted"), ("IN_REVIEW", "inReview"), ("REJECTED", "rejected"), ("CORRECTED", "corrected"), ("ADDED", "added") })
        {
            Assert.Equal(byStatus.GetProperty(field).GetInt64(), Sum(samples, "entitygraph_mentions_total", "status", status));
        }

        Assert.True(Sum(samples, "entitygraph_mentions_total") > 0);
        Assert.Equal(1, Sum(samples, "entitygraph_errors_total", "code", code));
        Assert.Equal(12, Sum(samples, "entitygraph_ingest_duration_seconds_count"));
        foreach (var model in loaded)
        {
            Assert.True(Sum(samples, "entitygraph_extract_duration_seconds_count", "model", model) > 0, $"no extract latency for {model}");
            Assert.True(Sum(samples, "entitygraph_ingest_duration_seconds_count", "model", model) > 0, $"no ingest latency for {model}");
            Assert.True(Sum(samples, "entitygraph_model_batch_size_count", "model", model) > 0, $"no batch sizes for {model}");
            Assert.True(Sum(samples, "entitygraph_model_queue_wait_seconds_count", "model", model) > 0, $"no queue waits for {model}");
            Assert.Contains(samples, s => s.Name == "entitygraph_extract_duration_seconds_bucket" && s["model"] == model && s["le"] == "+Inf");
        }

        Assert.Contains(samples, s => s.Name.StartsWith("http_server_request_duration_seconds", StringComparison.Ordinal));
        Assert.Contains(samples, s => s.Name.StartsWith("orleans_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_dashboard_is_served_and_both_endpoints_need_keys_once_keys_exist()
    {
        var models = _workspace.Settings.Overrides["EntityGraph:Ner:ModelsDirectory"]!;
        var data = _workspace.Folder("keyed");
        await using (var open = await SiloProcess.StartAsync("dashboard", new Dictionary<string, string>(), ["--data-dir", data], models))
        {
            using var page = await open.Http.GetAsync("dashboard/");
            Assert.True(page.IsSuccessStatusCode, $"{(int)page.StatusCode}");
            Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }

        var reader = await CreateKeyAsync(data, "scraper", "reader");
        var admin = await CreateKeyAsync(data, "ops", "admin");
        await using var keyed = await SiloProcess.StartAsync("keyed", new Dictionary<string, string>(), ["--data-dir", data], models);

        Assert.Equal(401, await StatusAsync(keyed, "metrics", null));
        Assert.Equal(200, await StatusAsync(keyed, "metrics", reader));
        Assert.Equal(401, await StatusAsync(keyed, "dashboard/", null));
        Assert.Equal(403, await StatusAsync(keyed, "dashboard/", reader));
        Assert.Equal(200, await StatusAsync(keyed, "dashboard/", admin));
    }

    public void Dispose() => _workspace.Dispose();

    private async Task<string> CreateKeyAsync(string data, string name, string role)
    {
        var run = await CliRun.RunAsync(_workspace.Settings, null, "keys", "create", "--data-dir", data, "--name", name, "--role", role);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Out.Trim().Split('\n')[^1].Trim();
    }

    private static async Task<int> StatusAsync(SiloProcess silo, string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await silo.Http.SendAsync(request);
        return (int)response.StatusCode;
    }

    private static async Task<IReadOnlyList<PrometheusSample>> ScrapeUntilAsync(SiloProcess silo, Func<IReadOnlyList<PrometheusSample>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var text = await silo.Http.GetStringAsync("metrics");
            var samples = PrometheusText.Parse(text);
            if (done(samples) || DateTime.UtcNow > deadline)
            {
                return samples;
            }

            await Task.Delay(300);
        }
    }

    private static double Sum(IReadOnlyList<PrometheusSample> samples, string name, string? label = null, string? value = null) =>
        samples.Where(s => s.Name == name && (label is null || s[label] == value)).Sum(s => s.Value);
}
