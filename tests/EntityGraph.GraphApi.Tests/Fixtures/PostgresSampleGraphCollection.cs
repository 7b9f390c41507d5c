namespace EntityGraph.GraphApi.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class PostgresSampleGraphCollection : ICollectionFixture<PostgresSampleGraphFixture>
{
    public const string Name = "sample graph on postgresql";
}
