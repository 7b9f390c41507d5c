using System.Diagnostics;
using System.Threading.Channels;
using EntityGraph.Telemetry.Metrics;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Ner.Runtime;

/// <summary>
/// Dynamic batching: the model inputs of concurrent requests (transformer windows, BiLSTM chunks) queue up, a request's
/// inputs together, and one loop runs them through the model in batches of up to <c>maxBatch</c>. The loop takes up to
/// <see cref="SortedBatches"/> batches' worth of queued inputs at once, sorts them by length and cuts them into batches,
/// so inputs of similar length run together and little of each batch is padding. It waits a moment for more work only
/// while other requests are still on their way; a lone request runs at once.
/// </summary>
public sealed class InferenceBatcher<TItem> : IAsyncDisposable
{
    /// <summary>How many batches' worth of queued inputs are sorted together before they are cut into batches.</summary>
    public const int SortedBatches = 8;

    private readonly Channel<Request> _queue = Channel.CreateUnbounded<Request>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<TItem>, List<float[]>> _score;
    private readonly Func<TItem, int> _length;
    private readonly int _maxBatch;
    private readonly TimeSpan _delay;
    private readonly string _modelId;
    private readonly ILogger _logger;
    private readonly Task _loop;

    /// <summary>Requests handed to <see cref="ScoreAsync"/> and not answered yet.</summary>
    private int _outstanding;

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

    /// <summary>The model's scores of <paramref name="items"/>, in their order.</summary>
    public async Task<IReadOnlyList<float[]>> ScoreAsync(IReadOnlyList<TItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return [];
        }

        var request = new Request(items, Stopwatch.GetTimestamp());
        Interlocked.Increment(ref _outstanding);
        if (!_queue.Writer.TryWrite(request))
        {
            Interlocked.Decrement(ref _outstanding);
            throw new ObjectDisposedException(nameof(InferenceBatcher<TItem>), $"The batcher of model '{_modelId}' is shut down.");
        }

        return await request.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var limit = _maxBatch * SortedBatches;
        var requests = new List<Request>();
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            var items = Drain(reader, requests, limit, 0);
            if (items < _maxBatch && _delay > TimeSpan.Zero && Volatile.Read(ref _outstanding) > requests.Count)
            {
                await Task.Delay(_delay).ConfigureAwait(false);
                Drain(reader, requests, limit, items);
            }

            Run(requests);
            requests.Clear();
        }
    }

    private static int Drain(ChannelReader<Request> reader, List<Request> requests, int limit, int items)
    {
        while (items < limit && reader.TryRead(out var request))
        {
            requests.Add(request);
            items += request.Items.Count;
        }

        return items;
    }

    private void Run(List<Request> requests)
    {
        var started = Stopwatch.GetTimestamp();
        var inputs = new List<(Request Request, int Index, int Length)>();
        foreach (var request in requests)
        {
            var waited = Stopwatch.GetElapsedTime(request.Queued, started);
            for (var i = 0; i < request.Items.Count; i++)
            {
                EntityGraphMetrics.QueueWaited(_modelId, waited);
                inputs.Add((request, i, _length(request.Items[i])));
            }
        }

        foreach (var batch in LengthBatches.Group(inputs, p => p.Length, _maxBatch))
        {
            EntityGraphMetrics.BatchRan(_modelId, batch.Count);
            try
            {
                var logits = _score(batch.Select(p => p.Request.Items[p.Index]).ToList());
                for (var i = 0; i < batch.Count; i++)
                {
                    var (request, index, _) = batch[i];
                    request.Results[index] = logits[i];
                    if (--request.Remaining == 0 && request.Completion.TrySetResult(request.Results))
                    {
                        Interlocked.Decrement(ref _outstanding);
                    }
                }
            }
            catch (Exception ex)
            {
                NerLog.BatchFailed(_logger, ex, _modelId, batch.Count);
                foreach (var request in batch.Select(p => p.Request).Distinct())
                {
                    if (request.Completion.TrySetException(ex))
                    {
                        Interlocked.Decrement(ref _outstanding);
                    }
                }
            }
        }
    }

    /// <summary>One caller's inputs, their scores as they come, and the task the caller awaits.</summary>
    private sealed class Request(IReadOnlyList<TItem> items, long queued)
    {
        public IReadOnlyList<TItem> Items { get; } = items;

        public long Queued { get; } = queued;

        public float[][] Results { get; } = new float[items.Count][];

        /// <summary>Inputs not scored yet; only the batching loop changes it.</summary>
        public int Remaining { get; set; } = items.Count;

        public TaskCompletionSource<IReadOnlyList<float[]>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
