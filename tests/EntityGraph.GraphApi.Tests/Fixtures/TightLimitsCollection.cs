namespace EntityGraph.GraphApi.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class TightLimitsCollection : ICollectionFixture<TightLimitsFixture>
{
    public const string Name = "tight limits";
}
