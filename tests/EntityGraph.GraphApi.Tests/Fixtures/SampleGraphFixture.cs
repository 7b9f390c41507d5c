using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>The API over <see cref="SampleCorpus"/>; tests using it only read.</summary>
public sealed class SampleGraphFixture : GraphApiHost
{
    protected override Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default) => SampleCorpus.SeedAsync(store, cancellationToken);
}
