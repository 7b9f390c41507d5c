using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Fixtures;

/// <summary>The sample corpus served as the README's first command serves it (shipped models, real grains), read over GraphQL only.</summary>
[CollectionDefinition(Name)]
public sealed class SampleGraphCollection : ICollectionFixture<SampleCorpusAppHost>
{
    public const string Name = "graph over the sample corpus";
}
