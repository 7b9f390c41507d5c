using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Fixtures;

/// <summary>Explorer and GraphiQL tests sharing one app host (seeded, with a silo) and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerAppHost>, ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "explorer and graphiql in chromium";
}
