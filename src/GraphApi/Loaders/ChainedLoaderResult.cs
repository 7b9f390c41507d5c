using GraphQL.DataLoader;

namespace EntityGraph.GraphApi.Loaders;

/// <summary>A deferred step whose result is another deferred result; the engine awaits the inner one in a later pass.</summary>
internal sealed class ChainedLoaderResult(Func<CancellationToken, Task<IDataLoaderResult>> step) : IDataLoaderResult
{
    public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
        await step(cancellationToken).ConfigureAwait(false);
}
