namespace EntityGraph.GraphApi.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class BulkGraphCollection : ICollectionFixture<BulkGraphFixture>
{
    public const string Name = "bulk graph";
}
