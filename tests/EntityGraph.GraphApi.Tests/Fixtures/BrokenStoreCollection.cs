namespace EntityGraph.GraphApi.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class BrokenStoreCollection : ICollectionFixture<BrokenStoreFixture>, ICollectionFixture<ExposedErrorsFixture>
{
    public const string Name = "broken store";
}
