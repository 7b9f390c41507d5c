using GraphQL.DataLoader;

namespace EntityGraph.GraphApi.Loaders;

/// <summary>
/// A value a loader will produce. Returned from a resolver, the engine defers it until every sibling has queued its keys,
/// then awaits it, so keys queued in the same pass share one batch.
/// </summary>
public sealed class LoaderResult<T> : IDataLoaderResult<T>
{
    private readonly Func<CancellationToken, Task<T>> _produce;
    private Task<T>? _result;

    public LoaderResult(Func<CancellationToken, Task<T>> produce)
    {
        _produce = produce;
    }

    public static LoaderResult<T> FromValue(T value) => new(_ => Task.FromResult(value));

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) =>
        _result ??= _produce(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Maps the value once it is loaded.</summary>
    public LoaderResult<TOut> Then<TOut>(Func<T, TOut> map) =>
        new(async cancellationToken => map(await GetResultAsync(cancellationToken).ConfigureAwait(false)));

    /// <summary>
    /// Queues a second load from the loaded value. The engine gets the second result back and defers it again,
    /// so all second-stage keys of one pass are batched too.
    /// </summary>
    public IDataLoaderResult ThenLoad<TOut>(Func<T, IDataLoaderResult<TOut>> next) =>
        new ChainedLoaderResult(async cancellationToken => next(await GetResultAsync(cancellationToken).ConfigureAwait(false)));
}
