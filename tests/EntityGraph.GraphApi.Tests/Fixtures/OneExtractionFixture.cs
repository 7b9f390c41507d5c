using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>A silo-backed API that runs one extraction at a time and queues none.</summary>
public sealed class OneExtractionFixture : SiloGraphApiHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["EntityGraph:GraphApi:MaxConcurrentExtractions"] = "1",
        ["EntityGraph:GraphApi:MaxQueuedExtractions"] = "0",
    };

    protected override Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
