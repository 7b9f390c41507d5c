using System.Diagnostics;
using System.Text.Json;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.Storage.Sqlite;
using EntityGraph.TestSupport;

namespace EntityGraph.Silo.Tests.Commands;

/// <summary>A real <c>entitygraph ingest</c> process SIGKILLed mid-run over the embedded store.</summary>
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

        using (var ingest = StartIngest(data, input))
        {
            await WaitForDocumentsAsync(data, Documents / 4, ingest);
            ingest.Kill(entireProcessTree: true);
            await ingest.WaitForExitAsync();
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

    private Process StartIngest(string data, string input)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { SiloProcess.Executable, "ingest", "--data-dir", data, input })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in workspace.Settings.Overrides)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForDocumentsAsync(string data, int count, Process ingest)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && !ingest.HasExited)
        {
            if (File.Exists(Path.Combine(data, "entitygraph.db")))
            {
                using var store = await GraphStoreFactory.OpenAsync(data);
                if ((await store.GetStatisticsAsync()).Documents >= count)
                {
                    return;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"ingest stored fewer than {count} documents before it {(ingest.HasExited ? "exited" : "timed out")}.");
    }
}
