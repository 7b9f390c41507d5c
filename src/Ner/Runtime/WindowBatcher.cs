using System.Threading.Channels;
using EntityGraph.Ner.Encoding;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Ner.Runtime;

/// <summary>
/// Dynamic batching: windows from concurrent requests queue up, and one loop runs them through the model in batches of
/// up to <c>maxBatch</c>, waiting a moment for more work after the first window arrives.
/// </summary>
public sealed class WindowBatcher : IAsyncDisposable
{
    private readonly Channel<(NerWindow Window, TaskCompletionSource<float[]> Result)> _queue =
        Channel.CreateUnbounded<(NerWindow, TaskCompletionSource<float[]>)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<NerWindow>, List<float[]>> _score;
    private readonly int _maxBatch;
    private readonly TimeSpan _delay;
    private readonly string _modelId;
    private readonly ILogger _logger;
    private readonly Task _loop;

    public WindowBatcher(Func<IReadOnlyList<NerWindow>, List<float[]>> score, int maxBatch, TimeSpan delay, string modelId, ILogger logger)
    {
        _score = score;
        _maxBatch = maxBatch;
        _delay = delay;
        _modelId = modelId;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    public async Task<IReadOnlyList<float[]>> ScoreAsync(IReadOnlyList<NerWindow> windows, CancellationToken cancellationToken = default)
    {
        var pending = new Task<float[]>[windows.Count];
        for (var i = 0; i < windows.Count; i++)
        {
            var completion = new TaskCompletionSource<float[]>(TaskCreationOptions.RunContinuationsAsynchronously);
            pending[i] = completion.Task;
            await _queue.Writer.WriteAsync((windows[i], completion), cancellationToken).ConfigureAwait(false);
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
        var batch = new List<(NerWindow Window, TaskCompletionSource<float[]> Result)>(_maxBatch);
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

    private void Drain(ChannelReader<(NerWindow, TaskCompletionSource<float[]>)> reader, List<(NerWindow, TaskCompletionSource<float[]>)> batch)
    {
        while (batch.Count < _maxBatch && reader.TryRead(out var item))
        {
            batch.Add(item);
        }
    }

    private void Run(List<(NerWindow Window, TaskCompletionSource<float[]> Result)> batch)
    {
        try
        {
            var ordered = batch.OrderBy(b => b.Window.Length).ToList();
            var logits = _score(ordered.Select(b => b.Window).ToList());
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
