using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>
/// An empty graph behind the API and a silo running the real grains (see <see cref="SiloGraphApiHost"/>). Other languages
/// than English go to the fallback. Texts over <see cref="MaxTextBytesLimit"/> are refused.
/// </summary>
public sealed class PipelineGraphFixture : SiloGraphApiHost
{
    public const int MaxTextBytesLimit = 4096;

    protected override int MaxTextBytes => MaxTextBytesLimit;

    protected override Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
