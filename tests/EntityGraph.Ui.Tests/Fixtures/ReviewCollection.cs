using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Fixtures;

/// <summary>Reviewer page tests sharing one app host with a silo and one Chromium; each test reviews its own documents.</summary>
[CollectionDefinition(Name)]
public sealed class ReviewCollection : ICollectionFixture<ReviewAppHost>, ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "reviewer page in chromium";
}
