using System.Text.Json;
using EntityGraph.GraphApi.Tests.Fixtures;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>
/// startIngestJob, job, jobs and cancelJob through the real job grain, document grains and store: a job of inline documents
/// runs in the background to COMPLETED with exact counts; a slow job is cancelled; bad requests get clear codes.
/// </summary>
[Collection(PipelineGraphCollection.Name)]
public sealed class IngestJobTests(PipelineGraphFixture fixture)
{
    private const string JobFields = "id kind state total processed created updated unchanged failed skipped itemsComplete startedAt finishedAt failures(first: 10) { origin documentId code message }";

    private static readonly string Start = $$"""
        mutation Start($documents: [IngestDocumentInput!], $paths: [String!], $options: IngestJobOptions) {
          startIngestJob(documents: $documents, paths: $paths, options: $options) { {{JobFields}} }
        }
        """;

    private static readonly string Read = $$"""query Job($id: ID!) { job(id: $id) { {{JobFields}} } }""";

    private static object[] Documents(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i => (object)new { id = $"{prefix}-{i}", text = $"ACME hired Anna number {i}.", language = "en" }).ToArray();

    private async Task<JsonElement> WaitAsync(string id, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var job = (await fixture.Client.QueryAsync(Read, new { id })).GetProperty("job");
            if (until(job) || DateTime.UtcNow > deadline)
            {
                return job;
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_job_of_inline_documents_runs_to_completed_with_exact_counts_and_failures()
    {
        var documents = Documents("job-api", 12).Append(new { id = "job-api-empty", text = "", language = "en" }).ToArray();

        var started = (await fixture.Client.QueryAsync(Start, new { documents, options = new { parallelism = 3 } })).GetProperty("startIngestJob");
        var id = started.GetProperty("id").GetString()!;
        var done = await WaitAsync(id, job => job.GetProperty("state").GetString() is "COMPLETED" or "FAILED");

        Assert.Equal("ingest", started.GetProperty("kind").GetString());
        Assert.Equal(13, started.GetProperty("total").GetInt32());
        Assert.Equal("COMPLETED", done.GetProperty("state").GetString());
        Assert.Equal((13, 13, 12, 1), (done.GetProperty("total").GetInt32(), done.GetProperty("processed").GetInt32(), done.GetProperty("created").GetInt32(), done.GetProperty("failed").GetInt32()));
        Assert.True(done.GetProperty("itemsComplete").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, done.GetProperty("finishedAt").ValueKind);
        var failure = Assert.Single(done.GetProperty("failures").EnumerateArray().ToList());
        Assert.Equal(("job-api-empty", "EMPTY_TEXT"), (failure.GetProperty("origin").GetString(), failure.GetProperty("code").GetString()));
        Assert.Equal(12, (await fixture.Store.GetDocumentsAsync(Enumerable.Range(1, 12).Select(i => $"job-api-{i}").ToList())).Count);

        var again = (await fixture.Client.QueryAsync(Start, new { documents = Documents("job-api", 12) })).GetProperty("startIngestJob");
        var repeated = await WaitAsync(again.GetProperty("id").GetString()!, job => job.GetProperty("state").GetString() == "COMPLETED");
        Assert.Equal((12, 0, 12), (repeated.GetProperty("processed").GetInt32(), repeated.GetProperty("created").GetInt32(), repeated.GetProperty("unchanged").GetInt32()));

        var listed = await fixture.Client.QueryAsync("""{ jobs(state: COMPLETED, first: 50) { totalCount edges { node { id state } } } }""");
        var ids = listed.GetProperty("jobs").GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("id").GetString()).ToList();
        Assert.Contains(id, ids);
        Assert.True(ids.IndexOf(again.GetProperty("id").GetString()) < ids.IndexOf(id), "newest first");
    }

    [Fact]
    public async Task A_cancelled_job_takes_no_more_items_and_a_finished_job_cannot_be_cancelled()
    {
        var started = (await fixture.Client.QueryAsync(Start, new { documents = Documents("job-cancel", 300), options = new { parallelism = 1 } })).GetProperty("startIngestJob");
        var id = started.GetProperty("id").GetString()!;

        var cancelled = (await fixture.Client.QueryAsync("mutation($id: ID!) { cancelJob(id: $id) { state finishedAt } }", new { id })).GetProperty("cancelJob");
        await Task.Delay(1000);
        var after = await WaitAsync(id, _ => true);
        await Task.Delay(1000);
        var later = await WaitAsync(id, _ => true);

        Assert.Equal("CANCELLED", cancelled.GetProperty("state").GetString());
        Assert.Equal("CANCELLED", later.GetProperty("state").GetString());
        Assert.True(later.GetProperty("processed").GetInt32() < 300);
        Assert.Equal(after.GetProperty("processed").GetInt32(), later.GetProperty("processed").GetInt32());
        var again = await fixture.Client.PostAsync("mutation($id: ID!) { cancelJob(id: $id) { state } }", new { id });
        Assert.Equal(["INVALID_JOB_STATE"], again.ErrorCodes);
    }

    [Fact]
    public async Task Bad_requests_and_unknown_jobs_get_clear_codes()
    {
        var neither = await fixture.Client.PostAsync(Start, new { });
        var both = await fixture.Client.PostAsync(Start, new { documents = Documents("job-bad", 1), paths = new[] { "/tmp" } });
        var duplicate = await fixture.Client.PostAsync(Start, new { documents = Documents("job-bad", 1).Concat(Documents("job-bad", 1)).ToArray() });
        var parallelism = await fixture.Client.PostAsync(Start, new { documents = Documents("job-bad", 1), options = new { parallelism = 0 } });
        var unknown = await fixture.Client.PostAsync(Read, new { id = "job-nope" });
        var cancelUnknown = await fixture.Client.PostAsync("mutation { cancelJob(id: \"job-nope\") { state } }");

        Assert.Equal(["INVALID_INPUT"], neither.ErrorCodes);
        Assert.Equal(["INVALID_INPUT"], both.ErrorCodes);
        Assert.Equal(["INVALID_INPUT"], duplicate.ErrorCodes);
        Assert.Equal(["INVALID_INPUT"], parallelism.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], unknown.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, unknown.Data.GetProperty("job").ValueKind);
        Assert.Equal(["NOT_FOUND"], cancelUnknown.ErrorCodes);
    }
}
