namespace EntityGraph.GraphApi.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class SampleGraphCollection : ICollectionFixture<SampleGraphFixture>
{
    public const string Name = "sample graph";
}
