namespace EntityGraph.GraphApi.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class SecuredGraphCollection : ICollectionFixture<SecuredGraphFixture>
{
    public const string Name = "secured graph";
}
