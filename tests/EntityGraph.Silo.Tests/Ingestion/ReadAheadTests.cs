using EntityGraph.Silo.Ingestion;

namespace EntityGraph.Silo.Tests.Ingestion;

public sealed class ReadAheadTests
{
    [Fact]
    public async Task Items_come_in_source_order()
    {
        var read = new List<int>();
        await foreach (var item in ReadAhead.BufferAsync(Numbers(50, _ => { }), 4))
        {
            read.Add(item);
        }

        Assert.Equal(Enumerable.Range(0, 50), read);
    }

    [Fact]
    public async Task The_source_is_read_no_further_than_the_buffer_holds()
    {
        var produced = 0;
        await using var items = ReadAhead.BufferAsync(Numbers(100, n => Volatile.Write(ref produced, n + 1)), 3).GetAsyncEnumerator();
        Assert.True(await items.MoveNextAsync());
        await WaitUntilAsync(() => Volatile.Read(ref produced) >= 4);
        await Task.Delay(200);

        // One taken, three buffered, one read and waiting for room: never more.
        Assert.InRange(Volatile.Read(ref produced), 4, 5);
    }

    [Fact]
    public async Task A_failing_source_fails_the_reader_after_the_items_before_it()
    {
        var read = new List<int>();
        var failure = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var item in ReadAhead.BufferAsync(Failing(3), 8))
            {
                read.Add(item);
            }
        });

        Assert.Equal("source broke after 3", failure.Message);
        Assert.Equal([0, 1, 2], read);
    }

    [Fact]
    public async Task Stopping_early_stops_the_source()
    {
        var disposed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await foreach (var item in ReadAhead.BufferAsync(Endless(disposed), 2))
        {
            if (item == 5)
            {
                break;
            }
        }

        Assert.True(disposed.Task.IsCompleted, "the source was still being read after the reader stopped");
    }

    [Fact]
    public async Task Cancelling_the_reader_cancels_the_read()
    {
        using var cancel = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in ReadAhead.BufferAsync(Endless(new TaskCompletionSource()), 2, cancel.Token))
            {
                if (item == 3)
                {
                    await cancel.CancelAsync();
                }
            }
        });
    }

    private static async IAsyncEnumerable<int> Numbers(int count, Action<int> onRead)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            onRead(i);
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> Failing(int after)
    {
        for (var i = 0; i < after; i++)
        {
            await Task.Yield();
            yield return i;
        }

        throw new InvalidDataException($"source broke after {after}");
    }

    private static async IAsyncEnumerable<int> Endless(TaskCompletionSource disposed, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            for (var i = 0; ; i++)
            {
                await Task.Yield();
                cancellationToken.ThrowIfCancellationRequested();
                yield return i;
            }
        }
        finally
        {
            disposed.TrySetResult();
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
