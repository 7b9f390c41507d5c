namespace EntityGraph.GraphApi.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class PipelineGraphCollection : ICollectionFixture<PipelineGraphFixture>
{
    public const string Name = "pipeline graph";
}
