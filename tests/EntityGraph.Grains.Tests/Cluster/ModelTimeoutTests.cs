using EntityGraph.Grains.Placement;
using EntityGraph.Grains.Tests.Fixtures;
using EntityGraph.Storage;
using EntityGraph.TestSupport;
using Orleans.TestingHost;

namespace EntityGraph.Grains.Tests.Cluster;

/// <summary>A model call that outlives <c>EntityGraph:Ingest:ModelTimeout</c> ends in a clear, retryable TIMEOUT.</summary>
public sealed class ModelTimeoutTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("entitygraph-timeout-").FullName;
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        var models = Path.Combine(_root, "models");
        TinyNerModel.Create(models, ["en"]);
        var settings = new Dictionary<string, string?>
        {
            ["EntityGraph:Storage:DataDirectory"] = Path.Combine(_root, "data"),
            ["EntityGraph:Ner:ModelsDirectory"] = models,
            ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
            ["EntityGraph:Ingest:ModelTimeout"] = "00:00:00.0000001",
        };
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSiloHost((_, host) => SiloServices.Register(host, settings));
        builder.ConfigureSilo((_, silo) => silo.AddEntityGraphCluster(ModelHostMetadata.All));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    [Fact]
    public async Task An_extraction_slower_than_the_model_timeout_is_a_retryable_TIMEOUT()
    {
        var error = await Assert.ThrowsAsync<EntityGraphException>(() =>
            _cluster.Client.GetGrain<IExtractionGrain>(0).ExtractAsync("ACME hired Anna.", "en", ExtractionAccuracy.Best));

        Assert.Equal(ErrorCodes.Timeout, error.Code);
        Assert.True(error.Retryable);
        Assert.Contains("language 'en' did not answer within", error.Message, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
