using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.Storage;
using EntityGraph.Storage.Sqlite;
using Xunit.Abstractions;

namespace EntityGraph.Silo.Tests.Jobs;

/// <summary>
/// The acceptance test of batch jobs: a real <c>entitygraph serve</c> process on SQLite runs startIngestJob over a folder of
/// 300 text files (and one binary and one unsupported file); it is SIGKILLed a third of the way through and started again
/// on the same data directory, and the job goes on by itself to COMPLETED, with only reads sent. The result equals an
/// uninterrupted run on a second data directory: the same documents, each stored once, the same entities and statistics,
/// the same failures, and a store that checks clean.
/// </summary>
public sealed class IngestJobRestartTests(Workspace workspace, ITestOutputHelper output) : IClassFixture<Workspace>
{
    private const int Files = 300;

    private const string Start = """
        mutation Start($paths: [String!]) {
          startIngestJob(paths: $paths, options: { language: "en", parallelism: 4 }) { id state }
        }
        """;

    private const string Read = """
        query Job($id: ID!) {
          job(id: $id) { state total processed created updated unchanged failed skipped itemsComplete failures(first: 10) { origin code } }
        }
        """;

    private static readonly string[] People = ["Anna Berg", "Jonas Lind", "Maria Holm", "Erik Dahl", "Sofia Nyberg", "Lars Ek"];
    private static readonly string[] Companies = ["ACME", "NORDWIND", "BOREAL", "FJORD", "KESTREL", "LUMEN", "POLARIS"];

    [Fact]
    public async Task A_job_survives_a_sigkill_of_its_silo_and_ends_with_the_result_of_an_uninterrupted_run()
    {
        var clock = Stopwatch.StartNew();
        var input = CreateFolder(workspace.Folder("job-input"));
        var models = workspace.Settings.Overrides["EntityGraph:Ner:ModelsDirectory"]!;

        var interrupted = workspace.Folder("job-data-interrupted");
        string jobId;
        int processedAtKill;
        await using (var silo = await SiloProcess.StartAsync("job-first", new Dictionary<string, string>(), ["--data-dir", interrupted], models))
        {
            jobId = await StartJobAsync(silo, input);
            var atKill = await WaitAsync(silo, jobId, job => job.GetProperty("itemsComplete").GetBoolean() && job.GetProperty("processed").GetInt32() >= Files / 3, TimeSpan.FromSeconds(240));
            silo.Kill();
            processedAtKill = atKill.GetProperty("processed").GetInt32();
            Assert.Equal("RUNNING", atKill.GetProperty("state").GetString());
        }

        var killed = clock.Elapsed;
        JsonElement resumed;
        await using (var silo = await SiloProcess.StartAsync("job-restarted", new Dictionary<string, string>(), ["--data-dir", interrupted], models))
        {
            resumed = await WaitAsync(silo, jobId, job => Finished(job), TimeSpan.FromSeconds(300));
            silo.Kill();
        }

        var resumedAfter = clock.Elapsed;
        var uninterrupted = workspace.Folder("job-data-uninterrupted");
        JsonElement reference;
        await using (var silo = await SiloProcess.StartAsync("job-reference", new Dictionary<string, string>(), ["--data-dir", uninterrupted], models))
        {
            var referenceId = await StartJobAsync(silo, input);
            reference = await WaitAsync(silo, referenceId, job => Finished(job), TimeSpan.FromSeconds(300));
            silo.Kill();
        }

        Assert.Equal("COMPLETED", resumed.GetProperty("state").GetString());
        Assert.Equal("COMPLETED", reference.GetProperty("state").GetString());
        Assert.InRange(processedAtKill, Files / 3, Files + 1);
        var total = resumed.GetProperty("total").GetInt32();
        Assert.Equal(Files + 2, total);
        Assert.Equal(total, resumed.GetProperty("processed").GetInt32());
        Assert.Equal(reference.GetProperty("total").GetInt32(), total);
        Assert.Equal(reference.GetProperty("processed").GetInt32(), total);
        Assert.Equal((1, 1), (resumed.GetProperty("failed").GetInt32(), resumed.GetProperty("skipped").GetInt32()));
        Assert.Equal((1, 1), (reference.GetProperty("failed").GetInt32(), reference.GetProperty("skipped").GetInt32()));
        Assert.Equal(Files, Stored(resumed));
        Assert.Equal(Files, reference.GetProperty("created").GetInt32());
        Assert.Equal(reference.GetProperty("failures").GetRawText(), resumed.GetProperty("failures").GetRawText());

        var (resumedStatistics, resumedDocuments, resumedEntities) = await SnapshotAsync(interrupted);
        var (referenceStatistics, referenceDocuments, referenceEntities) = await SnapshotAsync(uninterrupted);
        Assert.Equal(Files, resumedStatistics.Documents);
        Assert.Equal(referenceStatistics, resumedStatistics);
        Assert.Equal(referenceDocuments, resumedDocuments);
        Assert.Equal(referenceEntities, resumedEntities);
        foreach (var data in new[] { interrupted, uninterrupted })
        {
            var check = await CliRun.RunAsync(workspace.Settings, null, "store", "check", "--data-dir", data);
            Assert.True(check.ExitCode == ExitCodes.Success, check.Out + check.Error);
            Assert.Contains("every count equals what the mention rows say", check.Out, StringComparison.Ordinal);
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Files} files; killed at {processedAtKill} processed after {killed.TotalSeconds:0.0} s; restarted silo completed the job in {(resumedAfter - killed).TotalSeconds:0.0} s ({resumed.GetProperty("created").GetInt32()} created, {resumed.GetProperty("unchanged").GetInt32()} unchanged); uninterrupted run {(clock.Elapsed - resumedAfter).TotalSeconds:0.0} s; {resumedStatistics.Entities} entities, {resumedStatistics.Mentions} mentions"));
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_a_failed_item_of_a_job_that_still_completes()
    {
        var folder = workspace.Folder("job-missing-input");
        File.WriteAllText(Path.Combine(folder, "one.txt"), "ACME hired Anna Berg.");
        File.WriteAllText(Path.Combine(folder, "two.txt"), "NORDWIND hired Lars Ek.");
        var missing = Path.Combine(workspace.Root, "no-such-folder");
        var models = workspace.Settings.Overrides["EntityGraph:Ner:ModelsDirectory"]!;

        await using var silo = await SiloProcess.StartAsync("job-missing", new Dictionary<string, string>(), ["--data-dir", workspace.Folder("job-missing-data")], models);
        var answer = await silo.GraphQLAsync(Start, new { paths = new[] { missing, Path.Combine(folder, "*.txt") } });
        var id = answer.GetProperty("data").GetProperty("startIngestJob").GetProperty("id").GetString()!;
        var job = await WaitAsync(silo, id, Finished, TimeSpan.FromSeconds(120));

        Assert.Equal("COMPLETED", job.GetProperty("state").GetString());
        Assert.Equal((3, 3, 2, 1), (job.GetProperty("total").GetInt32(), job.GetProperty("processed").GetInt32(), job.GetProperty("created").GetInt32(), job.GetProperty("failed").GetInt32()));
        var failure = Assert.Single(job.GetProperty("failures").EnumerateArray().ToList());
        Assert.Equal((missing, ErrorCodes.FileNotFound), (failure.GetProperty("origin").GetString(), failure.GetProperty("code").GetString()));
    }

    private static bool Finished(JsonElement job) => job.GetProperty("state").GetString() is "COMPLETED" or "FAILED" or "CANCELLED";

    private static int Stored(JsonElement job) =>
        job.GetProperty("created").GetInt32() + job.GetProperty("updated").GetInt32() + job.GetProperty("unchanged").GetInt32();

    private static string CreateFolder(string folder)
    {
        for (var i = 0; i < Files; i++)
        {
            var text = string.Create(
                CultureInfo.InvariantCulture,
                $"Report {i}. {People[i % People.Length]} of {Companies[i % Companies.Length]} met {People[(i / 3) % People.Length]} from {Companies[(i / 5) % Companies.Length]} about the {Companies[(i / 7) % Companies.Length]} deal.\n");
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"note-{i:D4}.txt")), text, Encoding.UTF8);
        }

        File.WriteAllBytes(Path.Combine(folder, "broken.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]);
        File.WriteAllText(Path.Combine(folder, "image.xyz"), "not a document");
        return folder;
    }

    private static async Task<string> StartJobAsync(SiloProcess silo, string input)
    {
        var answer = await silo.GraphQLAsync(Start, new { paths = new[] { input } });
        Assert.False(answer.TryGetProperty("errors", out var errors), $"startIngestJob failed: {errors}");
        return answer.GetProperty("data").GetProperty("startIngestJob").GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> WaitAsync(SiloProcess silo, string jobId, Func<JsonElement, bool> until, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var answer = await silo.GraphQLAsync(Read, new { id = jobId });
            var job = answer.GetProperty("data").GetProperty("job");
            if (job.ValueKind == JsonValueKind.Object && until(job))
            {
                return job;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"job {jobId} did not get there within {timeout}: {answer}\n{silo.Log}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The statistics, every document (id, content hash, mentions) and every entity (id, mention and document counts) of a store.</summary>
    private static async Task<(GraphStatistics Statistics, List<string> Documents, List<string> Entities)> SnapshotAsync(string data)
    {
        using var store = await GraphStoreFactory.OpenAsync(data);
        var documents = new List<string>();
        await foreach (var document in store.StreamDocumentsAsync())
        {
            documents.Add(document.Id + " " + document.ContentHash);
        }

        var mentions = new List<string>();
        await foreach (var mention in store.StreamMentionsAsync())
        {
            mentions.Add($"{mention.DocumentId} {mention.EntityId} {mention.Start} {mention.End} {mention.Type}");
        }

        var entities = new List<string>();
        await foreach (var entity in store.StreamEntitiesAsync())
        {
            entities.Add($"{entity.Id} {entity.CanonicalName} {entity.MentionCount} {entity.DocumentCount}");
        }

        documents.Sort(StringComparer.Ordinal);
        entities.Sort(StringComparer.Ordinal);
        mentions.Sort(StringComparer.Ordinal);
        return (await store.GetStatisticsAsync(), [.. documents, .. mentions], entities);
    }
}
