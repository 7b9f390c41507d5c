namespace EntityGraph.GraphApi.Loaders;

/// <summary>
/// Collects keys requested while the engine resolves one pass and fetches them with one call when the first of them
/// is awaited. Values are cached for the loader's lifetime (one request); keys queued after a fetch started go to the next batch.
/// </summary>
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly IEqualityComparer<TKey> _comparer;
    private readonly Lock _gate = new();
    private Dictionary<TKey, Batch> _batchOfKey;
    private Batch? _open;

    public BatchLoader(
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        IEqualityComparer<TKey>? comparer = null)
    {
        _fetch = fetch;
        _comparer = comparer ?? EqualityComparer<TKey>.Default;
        _batchOfKey = new Dictionary<TKey, Batch>(_comparer);
    }

    /// <summary>Queues a key; the value is null when the fetch returned nothing for it.</summary>
    public LoaderResult<TValue?> Load(TKey key)
    {
        var batch = Enqueue(key);
        return new LoaderResult<TValue?>(async cancellationToken =>
        {
            var values = await DispatchAsync(batch, cancellationToken).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : default;
        });
    }

    /// <summary>Queues several keys; the result keeps their order and drops keys with no value.</summary>
    public LoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var pending = keys.Select(Load).ToArray();
        return new LoaderResult<IReadOnlyList<TValue>>(async cancellationToken =>
        {
            var list = new List<TValue>(pending.Length);
            foreach (var item in pending)
            {
                var value = await item.GetResultAsync(cancellationToken).ConfigureAwait(false);
                if (value is not null)
                {
                    list.Add(value);
                }
            }

            return list;
        });
    }

    /// <summary>Forgets cached values, so reads after a write see the store as it is now.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _batchOfKey = new Dictionary<TKey, Batch>(_comparer);
            _open = null;
        }
    }

    private Batch Enqueue(TKey key)
    {
        lock (_gate)
        {
            if (_batchOfKey.TryGetValue(key, out var existing))
            {
                return existing;
            }

            _open ??= new Batch(_comparer);
            _open.Keys.Add(key);
            _batchOfKey[key] = _open;
            return _open;
        }
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> DispatchAsync(Batch batch, CancellationToken cancellationToken)
    {
        bool start;
        lock (_gate)
        {
            start = !batch.Started;
            if (start)
            {
                batch.Started = true;
                if (ReferenceEquals(_open, batch))
                {
                    _open = null;
                }
            }
        }

        if (start)
        {
            _ = RunAsync(batch, cancellationToken);
        }

        return batch.Completion.Task;
    }

    private async Task RunAsync(Batch batch, CancellationToken cancellationToken)
    {
        try
        {
            var values = await _fetch(batch.Keys.ToArray(), cancellationToken).ConfigureAwait(false);
            batch.Completion.TrySetResult(values);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            batch.Completion.TrySetCanceled(cancellationToken);
        }
        catch (Exception exception)
        {
            batch.Completion.TrySetException(exception);
        }
    }

    private sealed class Batch(IEqualityComparer<TKey> comparer)
    {
        public HashSet<TKey> Keys { get; } = new(comparer);

        public bool Started { get; set; }

        public TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> Completion { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
