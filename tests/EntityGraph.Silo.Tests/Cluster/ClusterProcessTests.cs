using Xunit.Abstractions;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.Storage;
using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Postgres;
using EntityGraph.TestSupport;
using EntityGraph.TestSupport.Postgres;
using EntityGraph.TestSupport.Redis;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntityGraph.Silo.Tests.Cluster;

/// <summary>
/// Real silo processes (<c>entitygraph serve</c>) in one Orleans cluster on Redis membership over one PostgreSQL store,
/// with the tiny casing model (ALL-CAPS words are ORG, Title-case words PER).
/// </summary>
public sealed class ClusterProcessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Ingest = "mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome } }";
    private const string Extract = "mutation Extract($text: String!, $language: String) { extract(text: $text, language: $language) { usedFallback parts { language usedFallback } } }";

    private static readonly string[] Organizations = ["ACME", "KRONOS", "GLOBEX", "INITECH", "UMBRELLA", "STARK", "WAYNE", "TYRELL", "CYBERDYNE", "SOYLENT", "HOOLI", "VANDELAY"];
    private static readonly string[] People = ["Alice Brown", "Bertram Quill", "Cosima Vex", "Dorian Pike", "Esme Thorn", "Fabian Moss", "Greta Lund", "Hugo Fenwick", "Ingrid Salo", "Jasper Wren"];

    private readonly string _root = Directory.CreateTempSubdirectory("entitygraph-cluster-").FullName;
    private readonly List<SiloProcess> _silos = [];
    private readonly List<string> _schemas = [];
    private PostgresTestServer _postgres = null!;
    private RedisTestServer _redis = null!;

    public async Task InitializeAsync()
    {
        _postgres = await PostgresTestServer.GetAsync();
        _redis = await RedisTestServer.GetAsync();
    }

    [Fact]
    public async Task Three_silos_lose_one_mid_ingest_and_end_with_every_document_once_and_the_graph_of_a_single_silo()
    {
        var models = Models("failover", ["en"]);
        var documents = Documents(300);
        var store = await SchemaAsync();
        var clusterId = "failover-" + Guid.NewGuid().ToString("N")[..8];
        var silos = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => StartAsync($"silo{i}", clusterId, "*", true, store, models)));
        await WaitForActiveSilosAsync(silos[0], 3);

        var outcomes = new ConcurrentBag<(string Silo, string Outcome)>();
        var failed = new ConcurrentQueue<int>();
        var completed = 0;
        using var gate = new SemaphoreSlim(8);
        var tasks = documents.Select(async (document, index) =>
        {
            await gate.WaitAsync();
            try
            {
                var silo = silos[index % 3];
                var outcome = await TryIngestAsync(silo, document);
                outcomes.Add((silo.Name, outcome));
                if (outcome != "ok")
                {
                    failed.Enqueue(index);
                }

                if (Interlocked.Increment(ref completed) == documents.Count / 3)
                {
                    silos[2].Kill();
                }
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(tasks);

        var survivors = silos.Take(2).ToArray();
        foreach (var index in failed)
        {
            await IngestWithRetryAsync(survivors, documents[index]);
        }

        var baseline = await SchemaAsync();
        var single = await StartAsync("single", "single-" + Guid.NewGuid().ToString("N")[..8], "*", true, baseline, models, redis: false);
        using var gateSingle = new SemaphoreSlim(8);
        await Task.WhenAll(documents.Select(async document =>
        {
            await gateSingle.WaitAsync();
            try
            {
                await IngestWithRetryAsync([single], document);
            }
            finally
            {
                gateSingle.Release();
            }
        }));

        using var clustered = Open(store);
        using var alone = Open(baseline);
        var stored = await clustered.GetDocumentsAsync(documents.Select(d => d.Id).ToList());
        Assert.Equal(documents.Count, stored.Count);
        Assert.Equal(await alone.GetStatisticsAsync(), await clustered.GetStatisticsAsync());
        Assert.Equal(await MentionsAsync(alone), await MentionsAsync(clustered));
        var summary = outcomes.GroupBy(o => (o.Silo, o.Outcome)).OrderBy(g => g.Key).Select(g => $"{g.Key.Silo} {g.Key.Outcome}: {g.Count()}").ToList();
        output.WriteLine(string.Join(Environment.NewLine, summary));
        var toSurvivors = outcomes.Where(o => o.Silo != silos[2].Name).ToList();
        Assert.DoesNotContain(toSurvivors, o => o.Outcome == "no answer");
        Assert.All(toSurvivors, o => Assert.True(o.Outcome is "ok" or "SERVICE_UNAVAILABLE (retryable)" or "TIMEOUT (retryable)", o.Outcome));
        Assert.Contains(outcomes, o => o.Silo == silos[2].Name && o.Outcome == "ok");
        Assert.All(survivors, silo => Assert.False(silo.HasExited, silo.Log));
    }

    [Fact]
    public async Task German_sent_to_an_English_silo_is_extracted_on_the_German_silo_and_goes_to_the_fallback_when_it_dies()
    {
        var models = Models("placement", ["en", "de", "fr"]);
        var store = await SchemaAsync();
        var clusterId = "placement-" + Guid.NewGuid().ToString("N")[..8];
        var english = await StartAsync("silo-en", clusterId, "en", true, store, models);
        var german = await StartAsync("silo-de-fr", clusterId, "de,fr", false, store, models);
        await WaitForActiveSilosAsync(english, 2);
        await WaitUntilAsync(async () => !await ExtractUsesFallbackAsync(english, "de"), "German is routed to its own model");

        var before = Views(await english.ClusterAsync());
        for (var i = 0; i < 6; i++)
        {
            Assert.False(await ExtractUsesFallbackAsync(english, "de"));
        }

        var after = Views(await english.ClusterAsync());
        var englishView = after[english.Name];
        var germanView = after[german.Name];
        Assert.Equal(0, englishView.Served);
        Assert.Empty(englishView.Models);
        Assert.Equal(6, germanView.Served - before[german.Name].Served);
        Assert.Equal(["en"], englishView.Languages);
        Assert.Equal(["de", "fr"], germanView.Languages);

        german.Kill();
        await WaitUntilAsync(async () => Views(await english.ClusterAsync())[german.Name].Status == "DEAD", "the German silo is declared dead");
        Assert.True(await ExtractUsesFallbackAsync(english, "de"));
        var last = Views(await english.ClusterAsync())[english.Name];
        Assert.Equal(1, last.Served);
        Assert.NotEmpty(last.Models);
    }

    [Fact]
    public async Task A_job_spreads_its_documents_over_the_silos_and_another_silo_resumes_it_when_its_silo_dies()
    {
        var models = Models("job", ["en"]);
        var documents = Documents(240);
        var store = await SchemaAsync();
        var clusterId = "job-" + Guid.NewGuid().ToString("N")[..8];
        var silos = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => StartAsync($"job{i}", clusterId, "*", true, store, models, jobResumeInterval: "00:00:02")));
        await WaitForActiveSilosAsync(silos[0], 2);

        var started = await silos[0].GraphQLAsync(
            "mutation Start($documents: [IngestDocumentInput!]) { startIngestJob(documents: $documents, options: { parallelism: 8 }) { id } }",
            new { documents });
        Assert.False(started.TryGetProperty("errors", out var errors), $"startIngestJob: {errors}");
        var id = started.GetProperty("data").GetProperty("startIngestJob").GetProperty("id").GetString()!;
        await WaitUntilAsync(async () => (await JobAsync(silos[1], id)).GetProperty("processed").GetInt32() >= documents.Count / 3, "a third of the job is processed");
        var served = Views(await silos[1].ClusterAsync());
        Assert.All(silos, silo => Assert.True(served[silo.Name].Served > 0, $"{silo.Name} served no extraction of the job"));

        var runner = silos.Single(silo => silo.Log.Contains($"Job {id} running", StringComparison.Ordinal));
        var survivor = silos.Single(silo => silo != runner);
        runner.Kill();
        var deadline = DateTime.UtcNow.AddSeconds(240);
        JsonElement job;
        while ((job = await JobAsync(survivor, id)).GetProperty("state").GetString() != "COMPLETED")
        {
            Assert.True(DateTime.UtcNow < deadline, $"the job did not complete on {survivor.Name}: {job}\n{survivor.Log}");
            await Task.Delay(250);
        }

        Assert.Contains($"Job {id} running", survivor.Log, StringComparison.Ordinal);
        Assert.Equal((documents.Count, documents.Count, 0), (job.GetProperty("total").GetInt32(), job.GetProperty("processed").GetInt32(), job.GetProperty("failed").GetInt32()));
        using var graph = Open(store);
        Assert.Equal(documents.Count, (await graph.GetStatisticsAsync()).Documents);
        Assert.True((await graph.CheckAsync()).Ok);
        output.WriteLine($"job {id}: {runner.Name} killed, {survivor.Name} completed it: {job}");
    }

    private static async Task<JsonElement> JobAsync(SiloProcess silo, string id)
    {
        var answer = await silo.GraphQLAsync("query Job($id: ID!) { job(id: $id) { state total processed created unchanged failed } }", new { id });
        return answer.GetProperty("data").GetProperty("job");
    }

    public async Task DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        foreach (var schema in _schemas)
        {
            await _postgres.DropSchemaAsync(schema);
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<SiloProcess> StartAsync(string name, string clusterId, string languages, bool fallback, string store, string models, bool redis = true, string? jobResumeInterval = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Cluster:ClusterId"] = clusterId,
            ["Cluster:Languages"] = languages,
            ["Cluster:HostFallback"] = fallback ? "true" : "false",
            ["Cluster:ResponseTimeout"] = "00:00:30",
        };
        if (jobResumeInterval is not null)
        {
            settings["Jobs:ResumeInterval"] = jobResumeInterval;
        }

        if (redis)
        {
            settings["Cluster:Provider"] = "redis";
            settings["Cluster:Redis"] = _redis.Endpoint;
            settings["Cluster:SiloPort"] = LoopbackPorts.Free().ToString(CultureInfo.InvariantCulture);
            settings["Cluster:AdvertisedAddress"] = "127.0.0.1";
        }

        var silo = await SiloProcess.StartAsync(name, settings, store, models);
        lock (_silos)
        {
            _silos.Add(silo);
        }

        return silo;
    }

    private async Task<string> SchemaAsync()
    {
        var schema = await _postgres.CreateSchemaAsync("cluster");
        _schemas.Add(schema);
        return schema;
    }

    private string Models(string name, string[] languages)
    {
        var folder = Path.Combine(_root, name + "-models");
        TinyNerModel.Create(folder, languages);
        return folder;
    }

    private static PostgresGraphStore Open(string connection) =>
        new(new GraphStoreOptions { Provider = "postgresql", ConnectionString = connection }, NullLogger<PostgresGraphStore>.Instance, TimeProvider.System);

    private static async Task<List<string>> MentionsAsync(IGraphStore store)
    {
        var mentions = new List<string>();
        await foreach (var mention in store.StreamMentionsAsync())
        {
            mentions.Add($"{mention.DocumentId} {mention.Start} {mention.End} {mention.Type} {mention.EntityId}");
        }

        return mentions;
    }

    /// <summary>Documents sharing organizations and people, with only the names capitalized (so the tiny model finds exactly them).</summary>
    private static List<IngestInput> Documents(int count) => Enumerable.Range(0, count).Select(i =>
    {
        var first = Organizations[i % Organizations.Length];
        var second = Organizations[(i * 7 + 3) % Organizations.Length];
        var person = People[(i * 3) % People.Length];
        var text = $"in report {i}, {first} signed a deal with {second} and {person} spoke for {first} afterwards.";
        return new IngestInput($"doc-{i:D3}", text, "en");
    }).ToList();

    /// <summary>"ok", "CODE" or "CODE (retryable)" for a GraphQL error, or "no answer" when the HTTP request failed.</summary>
    private static async Task<string> TryIngestAsync(SiloProcess silo, IngestInput document)
    {
        try
        {
            var answer = await silo.GraphQLAsync(Ingest, new { input = document });
            if (!answer.TryGetProperty("errors", out var errors))
            {
                return "ok";
            }

            var extensions = errors[0].GetProperty("extensions");
            var retryable = extensions.TryGetProperty("retryable", out var flag) && flag.GetBoolean();
            return extensions.GetProperty("code").GetString() + (retryable ? " (retryable)" : string.Empty);
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or JsonException)
        {
            return "no answer";
        }
    }

    private static async Task IngestWithRetryAsync(IReadOnlyList<SiloProcess> silos, IngestInput document)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        for (var attempt = 0; ; attempt++)
        {
            var silo = silos[attempt % silos.Count];
            var answer = await silo.GraphQLAsync(Ingest, new { input = document });
            if (!answer.TryGetProperty("errors", out var errors))
            {
                return;
            }

            var error = errors[0];
            var retryable = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("retryable", out var flag) && flag.GetBoolean();
            if (!retryable || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"{document.Id} on {silo.Name}: {errors}");
            }

            await Task.Delay(250);
        }
    }

    private static async Task<bool> ExtractUsesFallbackAsync(SiloProcess silo, string language)
    {
        var answer = await silo.GraphQLAsync(Extract, new { text = "der vorstand von GLOBEX traf Anna Berg in BERLIN.", language });
        if (answer.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"extract on {silo.Name}: {errors}");
        }

        return answer.GetProperty("data").GetProperty("extract").GetProperty("usedFallback").GetBoolean();
    }

    private static async Task WaitForActiveSilosAsync(SiloProcess silo, int count) =>
        await WaitUntilAsync(async () => (await silo.ClusterAsync()).Count(view => view.GetProperty("status").GetString() == "ACTIVE") == count, $"{count} silos are active");

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited 60 s for: {what}.");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>The cluster view keyed by this test's silo names (a view belongs to the process whose silo port its address has).</summary>
    private Dictionary<string, SiloSummary> Views(List<JsonElement> cluster)
    {
        var byAddress = cluster.ToDictionary(view => view.GetProperty("address").GetString()!);
        var result = new Dictionary<string, SiloSummary>(StringComparer.Ordinal);
        foreach (var silo in _silos)
        {
            var match = byAddress.Values.Where(view => view.GetProperty("address").GetString()!.StartsWith($"127.0.0.1:{silo.SiloPort}@", StringComparison.Ordinal)).ToList();
            if (match.Count > 0)
            {
                var view = match.OrderBy(item => item.GetProperty("status").GetString() == "ACTIVE" ? 0 : 1).First();
                result[silo.Name] = new SiloSummary(
                    view.GetProperty("status").GetString()!,
                    view.GetProperty("languages").EnumerateArray().Select(item => item.GetString()!).ToList(),
                    view.GetProperty("loadedModels").EnumerateArray().Select(item => item.GetString()!).ToList(),
                    view.GetProperty("extractionsServed").GetInt64());
            }
        }

        return result;
    }

    private sealed record SiloSummary(string Status, List<string> Languages, List<string> Models, long Served);

    private sealed record IngestInput(string Id, string Text, string Language);
}
