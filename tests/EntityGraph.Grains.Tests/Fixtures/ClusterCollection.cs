namespace EntityGraph.Grains.Tests.Fixtures;

/// <summary>Tests sharing one cluster run one after another, so store totals read before and after a call are theirs.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
