using EntityGraph.GraphApi.Errors;
using EntityGraph.GraphApi.Options;
using EntityGraph.Storage;
using Microsoft.Extensions.Options;

namespace EntityGraph.GraphApi.Execution;

/// <summary>
/// Bounds the extractions this host runs (<see cref="GraphApiOptions.MaxConcurrentExtractions"/>) and the requests
/// waiting for one (<see cref="GraphApiOptions.MaxQueuedExtractions"/>); a request beyond both is shed at once with
/// OVERLOADED (HTTP 503) instead of piling up in memory.
/// </summary>
public sealed class ExtractionGate : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly int _capacity;
    private int _admitted;

    public ExtractionGate(IOptions<GraphApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _slots = new SemaphoreSlim(options.Value.MaxConcurrentExtractions, options.Value.MaxConcurrentExtractions);
        _capacity = options.Value.MaxConcurrentExtractions + options.Value.MaxQueuedExtractions;
    }

    /// <summary>Requests running or waiting now.</summary>
    public int Admitted => Volatile.Read(ref _admitted);

    /// <summary>Runs <paramref name="work"/> in a slot, waiting in the queue if needed; OVERLOADED when the queue is full.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Interlocked.Increment(ref _admitted) > _capacity)
        {
            Interlocked.Decrement(ref _admitted);
            throw new ApiError(ErrorCodes.Overloaded, "The server is extracting as many documents as it can hold; retry the request shortly.", retryable: true);
        }

        try
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await work().ConfigureAwait(false);
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _admitted);
        }
    }

    public void Dispose() => _slots.Dispose();
}
