using System.Diagnostics;
using System.Threading.Channels;
using EntityGraph.Telemetry.Metrics;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Ner.Runtime;

/// <summary>
/// Dynamic batching: model inputs (transformer windows, BiLSTM chunks) from concurrent requests queue up, and one loop runs
/// them through the model in batches of up to <c>maxBatch</c>, waiting a moment for more work after the first input
/// arrives. The loop takes up to <see cref="SortedBatches"/> batches' worth of what is queued at once, sorts it by length
/// and cuts it into batches, so inputs of similar length run together and little of each batch is padding.
/// </summary>
public sealed class InferenceBatcher<TItem> : IAsyncDisposable
{
    /// <summary>How many batches' worth of queued inputs are sorted together before they are cut into batches.</summary>
    public const int SortedBatches = 8;

    private readonly Channel<(TItem Item, TaskCompletionSource<float[]> Result, long Queued)> _queue =
        Channel.CreateUnbounded<(TItem, TaskCompletionSource<float[]>, long)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<TItem>, List<float[]>> _score;
    private readonly Func<TItem, int> _length;
    private readonly int _maxBatch;
    private readonly TimeSpan _delay;
    private readonly string _modelId;
    private readonly ILogger _logger;
    private readonly Task _loop;

    public InferenceBatcher(Func<IReadOnlyList<TItem>, List<float[]>> score, Func<TItem, int> length, int maxBatch, TimeSpan delay, string modelId, ILogger logger)
    {
        _score = score;
        _length = length;
        _maxBatch = maxBatch;
        _delay = delay;
        _modelId = modelId;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    public async Task<IReadOnlyList<float[]>> ScoreAsync(IReadOnlyList<TItem> items, CancellationToken cancellationToken = default)
    {
        var pending = new Task<float[]>[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var completion = new TaskCompletionSource<float[]>(TaskCreationOptions.RunContinuationsAsynchronously);
            pending[i] = completion.Task;
            await _queue.Writer.WriteAsync((items[i], completion, Stopwatch.GetTimestamp()), cancellationToken).ConfigureAwait(false);
        }

        return await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var limit = _maxBatch * SortedBatches;
        var pending = new List<(TItem Item, TaskCompletionSource<float[]> Result, long Queued)>(limit);
        var batch = new List<(TItem Item, TaskCompletionSource<float[]> Result, long Queued)>(_maxBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            Drain(reader, pending, limit);
            if (pending.Count < _maxBatch && _delay > TimeSpan.Zero)
            {
                await Task.Delay(_delay).ConfigureAwait(false);
                Drain(reader, pending, limit);
            }

            // A stable sort: inputs of one length keep their arrival order.
            var ordered = pending.OrderBy(p => _length(p.Item)).ToList();
            for (var start = 0; start < ordered.Count; start += _maxBatch)
            {
                batch.AddRange(ordered.GetRange(start, Math.Min(_maxBatch, ordered.Count - start)));
                Run(batch);
                batch.Clear();
            }

            pending.Clear();
        }
    }

    private static void Drain(ChannelReader<(TItem, TaskCompletionSource<float[]>, long)> reader, List<(TItem, TaskCompletionSource<float[]>, long)> pending, int limit)
    {
        while (pending.Count < limit && reader.TryRead(out var item))
        {
            pending.Add(item);
        }
    }

    private void Run(List<(TItem Item, TaskCompletionSource<float[]> Result, long Queued)> batch)
    {
        var started = Stopwatch.GetTimestamp();
        EntityGraphMetrics.BatchRan(_modelId, batch.Count);
        foreach (var item in batch)
        {
            EntityGraphMetrics.QueueWaited(_modelId, Stopwatch.GetElapsedTime(item.Queued, started));
        }

        try
        {
            var logits = _score(batch.Select(b => b.Item).ToList());
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Result.TrySetResult(logits[i]);
            }
        }
        catch (Exception ex)
        {
            NerLog.BatchFailed(_logger, ex, _modelId, batch.Count);
            foreach (var item in batch)
            {
                item.Result.TrySetException(ex);
            }
        }
    }
}
