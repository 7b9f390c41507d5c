using EntityGraph.Storage.Tests.Support;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>Batch jobs and their items in the store; every backend runs it through a derived class.</summary>
public abstract class JobConformance
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    protected abstract StoreBackend Backend { get; }

    private static JobRecord Job(string id, DateTimeOffset? created = null) =>
        new(id, "ingest", JobStates.Queued, """{"paths":["docs"]}""", "ci", created ?? Created);

    private static JobItemWrite Pending(string origin) => new(origin, $$"""{"id":"{{origin}}"}""");

    [Fact]
    public async Task A_new_job_is_queued_with_zero_counts_and_its_id_is_unique()
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.CreateJobAsync(Job("job-1"));

        var job = await temp.OpenAnother().GetJobAsync("job-1");

        Assert.NotNull(job);
        Assert.Equal(("ingest", JobStates.Queued, "ci", Created), (job.Kind, job.State, job.Actor, job.CreatedAt));
        Assert.Equal("""{"paths":["docs"]}""", job.Options);
        Assert.Equal(new JobCounts(0, 0, 0, 0, 0, 0, 0), job.Counts);
        Assert.False(job.ItemsComplete);
        Assert.Null(job.StartedAt);
        Assert.Null(await temp.Store.GetJobAsync("job-2"));
        var taken = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.CreateJobAsync(Job("job-1")));
        Assert.Equal(ErrorCodes.KeyConflict, taken.Code);
    }

    [Fact]
    public async Task Items_are_added_once_per_origin_in_sequence_and_unreadable_ones_count_as_processed()
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.CreateJobAsync(Job("job-1"));

        var first = await temp.Store.AddJobItemsAsync("job-1", [Pending("a.txt"), Pending("b.txt"), new JobItemWrite("c.bin", null, JobItemStates.Failed, "BINARY_FILE", "binary")], complete: false);
        var again = await temp.Store.AddJobItemsAsync("job-1", [Pending("b.txt"), Pending("d.txt"), new JobItemWrite("e.xyz", null, JobItemStates.Skipped, "SKIPPED", "other type")], complete: true);

        Assert.Equal((3, 2), (first, again));
        var job = await temp.Store.GetJobAsync("job-1");
        Assert.Equal(new JobCounts(5, 2, 0, 0, 0, 1, 1), job!.Counts);
        Assert.True(job.ItemsComplete);
        var pending = await temp.Store.GetPendingJobItemsAsync("job-1", 0, 10);
        Assert.Equal(["a.txt", "b.txt", "d.txt"], pending.Select(item => item.Origin));
        Assert.Equal([1L, 2L, 4L], pending.Select(item => item.Sequence));
        Assert.Equal("""{"id":"a.txt"}""", pending[0].Payload);
        Assert.Equal(["d.txt"], (await temp.Store.GetPendingJobItemsAsync("job-1", 2, 10)).Select(item => item.Origin));
        var missing = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.AddJobItemsAsync("nope", [Pending("a.txt")], complete: false));
        Assert.Equal(ErrorCodes.NotFound, missing.Code);
        var invalid = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.AddJobItemsAsync("job-1", [new JobItemWrite("x.txt", null)], complete: false));
        Assert.Equal(ErrorCodes.InvalidInput, invalid.Code);
    }

    [Fact]
    public async Task Completions_update_items_and_counts_together_and_count_once_when_recorded_twice()
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.CreateJobAsync(Job("job-1"));
        await temp.Store.AddJobItemsAsync("job-1", [Pending("a.txt"), Pending("b.txt"), Pending("c.txt"), Pending("d.txt"), Pending("e.txt")], complete: true);
        JobItemCompletion[] batch =
        [
            new(1, JobItemStates.Done, "a.txt", "Created"),
            new(2, JobItemStates.Done, "b.txt", "Updated"),
            new(3, JobItemStates.Done, "c.txt", "Unchanged"),
            new(4, JobItemStates.Failed, "d.txt", Code: "TEXT_TOO_LARGE", Message: "too large"),
        ];

        var job = await temp.Store.CompleteJobItemsAsync("job-1", batch);
        var twice = await temp.Store.CompleteJobItemsAsync("job-1", batch);

        Assert.Equal(new JobCounts(5, 4, 1, 1, 1, 1, 0), job.Counts);
        Assert.Equal(job.Counts, twice.Counts);
        Assert.NotNull(job.HeartbeatAt);
        Assert.Equal(["e.txt"], (await temp.Store.GetPendingJobItemsAsync("job-1", 0, 10)).Select(item => item.Origin));
        var failures = await temp.OpenAnother().GetJobItemsAsync(new JobItemQuery("job-1", JobItemStates.Failed, 10, 0));
        var failure = Assert.Single(failures.Items);
        Assert.Equal(("d.txt", "TEXT_TOO_LARGE", "too large", (string?)null), (failure.Origin, failure.Code, failure.Message, failure.Payload));
        var all = await temp.Store.GetJobItemsAsync(new JobItemQuery("job-1", null, 2, 0));
        Assert.Equal((5, true), (all.TotalCount, all.HasNextPage));
        Assert.Equal(("a.txt", "Created"), (all.Items[0].DocumentId, all.Items[0].Outcome));
        var invalid = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.CompleteJobItemsAsync("job-1", [new JobItemCompletion(5, JobItemStates.Done)]));
        Assert.Equal(ErrorCodes.InvalidInput, invalid.Code);
    }

    [Fact]
    public async Task States_move_forward_with_their_times_and_a_finished_job_does_not_change()
    {
        var clock = new ManualClock(Created);
        using var temp = await Backend.CreateAsync(clock);
        await temp.Store.CreateJobAsync(Job("job-1"));

        clock.Advance(TimeSpan.FromMinutes(1));
        var running = await temp.Store.SetJobStateAsync("job-1", JobStates.Running);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await temp.Store.HeartbeatJobAsync("job-1"));
        var again = await temp.Store.SetJobStateAsync("job-1", JobStates.Running);
        clock.Advance(TimeSpan.FromMinutes(1));
        var cancelled = await temp.Store.SetJobStateAsync("job-1", JobStates.Cancelled);

        Assert.Equal(Created.AddMinutes(1), running.StartedAt);
        Assert.Equal(Created.AddMinutes(1), again.StartedAt);
        Assert.Equal(Created.AddMinutes(2), again.HeartbeatAt);
        Assert.Equal((JobStates.Cancelled, Created.AddMinutes(3)), (cancelled.State, cancelled.FinishedAt));
        var finished = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.SetJobStateAsync("job-1", JobStates.Cancelled));
        Assert.Equal(ErrorCodes.InvalidJobState, finished.Code);
        Assert.False(await temp.Store.HeartbeatJobAsync("job-1"));
        var missing = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.SetJobStateAsync("nope", JobStates.Cancelled));
        Assert.Equal(ErrorCodes.NotFound, missing.Code);
        var failed = await temp.Store.CreateJobAsync(Job("job-2")).ContinueWith(_ => temp.Store.SetJobStateAsync("job-2", JobStates.Failed, "sources unreadable")).Unwrap();
        Assert.Equal((JobStates.Failed, "sources unreadable"), (failed.State, failed.Error));
    }

    [Fact]
    public async Task Jobs_are_listed_newest_first_in_pages_and_by_state()
    {
        using var temp = await Backend.CreateAsync();
        for (var i = 1; i <= 5; i++)
        {
            await temp.Store.CreateJobAsync(Job($"job-{i}", Created.AddMinutes(i)));
        }

        await temp.Store.SetJobStateAsync("job-2", JobStates.Running);
        await temp.Store.SetJobStateAsync("job-4", JobStates.Running);

        var page = await temp.Store.ListJobsAsync(new JobQuery(null, 2, 1));
        var running = await temp.Store.ListJobsAsync(new JobQuery(JobStates.Running, 10, 0));

        Assert.Equal(["job-4", "job-3"], page.Items.Select(job => job.Id));
        Assert.Equal((5, true), (page.TotalCount, page.HasNextPage));
        Assert.Equal(["job-4", "job-2"], running.Items.Select(job => job.Id));
    }
}
