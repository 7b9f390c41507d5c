using System.Collections.Concurrent;
using System.Text.Json;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.Storage.Sqlite;
using EntityGraph.TestSupport;

namespace EntityGraph.Silo.Tests.Commands;

/// <summary>Real <c>entitygraph ingest</c> and <c>serve</c> processes SIGKILLed mid-run over the embedded store.</summary>
public sealed class CrashTests(Workspace workspace) : IClassFixture<Workspace>
{
    private const int Documents = 400;

    [Fact]
    public async Task Sigkill_during_ingest_leaves_no_half_document_exact_counts_and_a_rerun_finishes_the_rest()
    {
        var data = workspace.Folder("crash-data");
        var input = Path.Combine(workspace.Folder("crash-input"), "docs.jsonl");
        string[] organizations = ["ACME", "KRONOS", "GLOBEX", "INITECH", "UMBRELLA", "STARK", "WAYNE", "TYRELL"];
        await File.WriteAllLinesAsync(input, Enumerable.Range(0, Documents).Select(i => JsonSerializer.Serialize(new
        {
            id = $"c{i:D3}",
            text = $"in note {i}, {organizations[i % 8]} met {organizations[(i * 3 + 1) % 8]} and Anna Berg.",
            language = "en",
        })));

        using (var ingest = IngestProcess.Start(workspace.Settings, "--data-dir", data, input))
        {
            await ingest.WaitForStoredDocumentsAsync(data, Documents / 4, TimeSpan.FromSeconds(120));
            await ingest.KillAsync();
        }

        Assert.NotEmpty(Directory.GetFiles(data, "entitygraph-*.running"));
        var check = await CliRun.RunAsync(workspace.Settings, null, "store", "check", "--data-dir", data);
        Assert.True(check.ExitCode == ExitCodes.Success, check.Out + check.Error);
        Assert.Contains("integrity: ok", check.Out, StringComparison.Ordinal);
        Assert.Contains("every count equals what the mention rows say", check.Out, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(data, "entitygraph-*.running"));

        using (var store = await GraphStoreFactory.OpenAsync(data))
        {
            var ids = Enumerable.Range(0, Documents).Select(i => $"c{i:D3}").ToList();
            var stored = await store.GetDocumentsAsync(ids);
            var mentions = await store.GetMentionsByDocumentAsync(stored.Keys.ToList());
            Assert.InRange(stored.Count, Documents / 4, Documents - 1);
            Assert.Equal(stored.Keys.Order(), mentions.Keys.Order());
            Assert.All(mentions.Values, list => Assert.Equal(4, list.Count));
        }

        var rerun = await CliRun.RunAsync(workspace.Settings, null, "ingest", "--data-dir", data, input);

        Assert.True(rerun.ExitCode == ExitCodes.Success, rerun.Error);
        Assert.Contains($"{Documents} of {Documents} documents ingested", rerun.Out, StringComparison.Ordinal);
        using var after = await GraphStoreFactory.OpenAsync(data);
        Assert.Equal(Documents, (await after.GetStatisticsAsync()).Documents);
        Assert.True((await after.CheckAsync()).Ok);
    }

    [Fact]
    public async Task Sigkill_during_curation_leaves_every_acknowledged_change_and_exact_counts()
    {
        var data = workspace.Folder("curation-crash-data");
        var input = Path.Combine(workspace.Folder("curation-crash-input"), "docs.jsonl");
        string[] organizations = ["ACME", "KRONOS", "GLOBEX", "INITECH", "UMBRELLA", "STARK", "WAYNE", "TYRELL", "HOOLI", "SOYLENT", "VANDELAY", "CYBERDYNE"];
        await File.WriteAllLinesAsync(input, Enumerable.Range(0, 60).Select(i => JsonSerializer.Serialize(new
        {
            id = $"k{i:D2}",
            text = $"in memo {i}, {organizations[i % 12]} met {organizations[(i * 5 + 1) % 12]} and Anna Berg.",
            language = "en",
        })));
        var ingest = await CliRun.RunAsync(workspace.Settings, null, "ingest", "--data-dir", data, input);
        Assert.True(ingest.ExitCode == ExitCodes.Success, ingest.Error);

        var models = workspace.Settings.Overrides["EntityGraph:Ner:ModelsDirectory"]!;
        var acknowledged = new ConcurrentQueue<(string Kind, string EntityId, string Value)>();
        await using (var silo = await SiloProcess.StartAsync("curation-crash", new Dictionary<string, string>(), ["--data-dir", data], models))
        {
            var entities = (await silo.GraphQLAsync("{ entities(type: \"ORG\", first: 50) { edges { node { id } } } }"))
                .GetProperty("data").GetProperty("entities").GetProperty("edges").EnumerateArray()
                .Select(edge => edge.GetProperty("node").GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(12, entities.Count);
            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(0, 4).Select(worker => CurateUntilKilledAsync(silo, entities, worker, acknowledged, stop.Token)).ToList();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (acknowledged.Count < 40 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            silo.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            Assert.True(acknowledged.Count >= 40, $"only {acknowledged.Count} curation changes were acknowledged before the deadline: {silo.Log}");
        }

        var check = await CliRun.RunAsync(workspace.Settings, null, "store", "check", "--data-dir", data);
        Assert.True(check.ExitCode == ExitCodes.Success, check.Out + check.Error);
        Assert.Contains("integrity: ok", check.Out, StringComparison.Ordinal);
        Assert.Contains("every count equals what the mention rows say", check.Out, StringComparison.Ordinal);
        using var store = await GraphStoreFactory.OpenAsync(data);
        foreach (var (kind, entityId, value) in acknowledged)
        {
            switch (kind)
            {
                case "merged":
                    Assert.Empty(await store.GetEntitiesAsync([value]));
                    Assert.Single(await store.GetEntitiesAsync([entityId]));
                    break;
                case "alias":
                    Assert.Contains((await store.GetAliasesAsync([entityId]))[entityId], alias => alias.Name == value);
                    break;
            }
        }

        Assert.Equal(60, (await store.GetStatisticsAsync()).Documents);
    }

    /// <summary>
    /// One worker: merges its share of entity pairs (the second of each pair into the first), then adds aliases until the
    /// process dies; every change the server acknowledged is recorded.
    /// </summary>
    private static async Task CurateUntilKilledAsync(SiloProcess silo, IReadOnlyList<string> entities, int worker, ConcurrentQueue<(string, string, string)> acknowledged, CancellationToken cancellationToken)
    {
        var pair = worker * 2;
        for (var round = 0; !cancellationToken.IsCancellationRequested; round++)
        {
            try
            {
                if (round == 0 && pair + 1 < entities.Count)
                {
                    var merged = await silo.GraphQLAsync($$"""mutation { mergeEntities(targetId: "{{entities[pair]}}", sourceIds: ["{{entities[pair + 1]}}"]) { id } }""", cancellationToken: cancellationToken);
                    if (!merged.TryGetProperty("errors", out _))
                    {
                        acknowledged.Enqueue(("merged", entities[pair], entities[pair + 1]));
                    }

                    continue;
                }

                var entity = entities[8 + (round % 4)];
                var name = $"ALIAS W{worker} R{round}";
                var added = await silo.GraphQLAsync($$"""mutation { addAlias(entityId: "{{entity}}", name: "{{name}}", language: "en") { id } }""", cancellationToken: cancellationToken);
                if (!added.TryGetProperty("errors", out _))
                {
                    acknowledged.Enqueue(("alias", entity, name));
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or JsonException or IOException)
            {
                return;
            }
        }
    }
}
