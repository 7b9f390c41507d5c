using EntityGraph.Ner.Runtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace EntityGraph.Ner.Tests.Runtime;

public sealed class InferenceBatcherTests
{
    [Fact]
    public async Task Queued_requests_are_sorted_by_length_cut_into_batches_and_answered_in_their_own_order()
    {
        using var gate = new ManualResetEventSlim(false);
        var batches = new List<int[]>();
        await using var batcher = new InferenceBatcher<int>(
            items =>
            {
                batches.Add([.. items]);
                gate.Wait(TimeSpan.FromSeconds(30));
                return items.Select(i => new float[] { i }).ToList();
            },
            i => i,
            maxBatch: 3,
            delay: TimeSpan.Zero,
            "test",
            NullLogger.Instance);

        var first = batcher.ScoreAsync([100]);
        await WaitUntilAsync(() => batches.Count == 1);
        var second = batcher.ScoreAsync([9, 1, 5]);
        var third = batcher.ScoreAsync([4, 8]);
        var fourth = batcher.ScoreAsync([2, 7, 3]);
        gate.Set();

        Assert.Equal([[100f]], (await first).Select(r => r.ToArray()));
        Assert.Equal([9f, 1, 5], (await second).Select(r => r[0]));
        Assert.Equal([4f, 8], (await third).Select(r => r[0]));
        Assert.Equal([2f, 7, 3], (await fourth).Select(r => r[0]));
        Assert.Equal([[100], [1, 2, 3], [4, 5, 7], [8, 9]], batches);
    }

    [Fact]
    public async Task A_lone_request_does_not_wait_for_company()
    {
        await using var batcher = new InferenceBatcher<int>(items => items.Select(i => new float[] { i }).ToList(), i => i, 16, TimeSpan.FromMinutes(5), "test", NullLogger.Instance);

        var scores = await batcher.ScoreAsync([1, 2]).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal([1f, 2], scores.Select(s => s[0]));
    }

    [Fact]
    public async Task A_failing_batch_fails_the_requests_with_inputs_in_it_and_no_others()
    {
        using var gate = new ManualResetEventSlim(false);
        var calls = 0;
        await using var batcher = new InferenceBatcher<int>(
            items =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    gate.Wait(TimeSpan.FromSeconds(30));
                }

                return items.Contains(13) ? throw new InvalidOperationException("bad input") : items.Select(i => new float[] { i }).ToList();
            },
            i => i,
            maxBatch: 2,
            delay: TimeSpan.Zero,
            "test",
            NullLogger.Instance);

        var blocker = batcher.ScoreAsync([1]);
        await WaitUntilAsync(() => Volatile.Read(ref calls) == 1);
        var unlucky = batcher.ScoreAsync([2, 40]);
        var failing = batcher.ScoreAsync([13]);
        var fine = batcher.ScoreAsync([50, 60]);
        gate.Set();

        await blocker;
        Assert.Equal("bad input", (await Assert.ThrowsAsync<InvalidOperationException>(() => unlucky)).Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal([50f, 60], (await fine).Select(s => s[0]));
        Assert.Empty(await batcher.ScoreAsync([]));
    }

    [Fact]
    public async Task A_disposed_batcher_refuses_new_work()
    {
        var batcher = new InferenceBatcher<int>(items => items.Select(i => new float[] { i }).ToList(), i => i, 4, TimeSpan.Zero, "test", NullLogger.Instance);
        await batcher.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => batcher.ScoreAsync([1]));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 3000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "the batcher did not start its first batch");
    }
}
