namespace EntityGraph.GraphApi.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class MutableGraphCollection : ICollectionFixture<MutableGraphFixture>
{
    public const string Name = "mutable graph";
}
