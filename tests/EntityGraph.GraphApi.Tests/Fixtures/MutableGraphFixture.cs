using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>The API over its own copy of <see cref="SampleCorpus"/>, for tests that write; this host runs no Orleans.</summary>
public sealed class MutableGraphFixture : GraphApiHost
{
    protected override Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default) => SampleCorpus.SeedAsync(store, cancellationToken);
}
