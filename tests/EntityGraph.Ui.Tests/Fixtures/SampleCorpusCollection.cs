using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Fixtures;

/// <summary>The explorer over the README's sample corpus (shipped models, real grains) and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class SampleCorpusCollection : ICollectionFixture<SampleCorpusAppHost>, ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "explorer over the sample corpus in chromium";
}
