using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>The API and a silo over their own copy of <see cref="SampleCorpus"/>, for tests that write through the grains.</summary>
public sealed class MutableGraphFixture : SiloGraphApiHost
{
    protected override Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default) => SampleCorpus.SeedAsync(store, cancellationToken);
}
