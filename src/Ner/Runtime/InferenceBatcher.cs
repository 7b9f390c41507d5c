using System.Diagnostics;
using System.Threading.Channels;
using EntityGraph.Telemetry.Metrics;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Ner.Runtime;

/// <summary>
/// Dynamic batching: model inputs (transformer windows, BiLSTM chunks) from concurrent requests queue up, and one loop runs
/// them through the model in batches of up to <c>maxBatch</c>, sorted by length, waiting a moment for more work after the
/// first input arrives.
/// </summary>
public sealed class InferenceBatcher<TItem> : IAsyncDisposable
{
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
        var batch = new List<(TItem Item, TaskCompletionSource<float[]> Result, long Queued)>(_maxBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            Drain(reader, batch);
            if (batch.Count < _maxBatch && _delay > TimeSpan.Zero)
            {
                await Task.Delay(_delay).ConfigureAwait(false);
                Drain(reader, batch);
            }

            Run(batch);
            batch.Clear();
        }
    }

    private void Drain(ChannelReader<(TItem, TaskCompletionSource<float[]>, long)> reader, List<(TItem, TaskCompletionSource<float[]>, long)> batch)
    {
        while (batch.Count < _maxBatch && reader.TryRead(out var item))
        {
            batch.Add(item);
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
            var ordered = batch.OrderBy(b => _length(b.Item)).ToList();
            var logits = _score(ordered.Select(b => b.Item).ToList());
            for (var i = 0; i < ordered.Count; i++)
            {
                ordered[i].Result.TrySetResult(logits[i]);
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
