using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Fixtures;

/// <summary>Tests sharing one app host and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class IdeCollection : ICollectionFixture<IdeAppHost>, ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "graphql ide in chromium";
}
