using EntityGraph.Ner;
using EntityGraph.Grains.Placement;
using EntityGraph.Storage.Configuration;
using EntityGraph.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace EntityGraph.Grains.Tests.Fixtures;

/// <summary>
/// Two in-process silos that declare different models: Silo_0 hosts English only and no fallback, Silo_1 hosts
/// Spanish and the multilingual fallback. The tiny casing model routes en and es; everything else is the fallback.
/// </summary>
public sealed class PlacementCluster : IAsyncDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("entitygraph-placement-").FullName;

    private PlacementCluster()
    {
    }

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public static async Task<PlacementCluster> StartAsync()
    {
        var placement = new PlacementCluster();
        var models = Path.Combine(placement._root, "models");
        TinyNerModel.Create(models, ["en", "es"]);
        var settings = new Dictionary<string, string?>
        {
            ["EntityGraph:Storage:DataDirectory"] = Path.Combine(placement._root, "data"),
            ["EntityGraph:Ner:ModelsDirectory"] = models,
            ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
        };
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSiloHost((_, host) => SiloServices.Register(host, settings));
        builder.ConfigureSilo((options, silo) => silo.AddEntityGraphCluster(
            options.SiloName == "Silo_0" ? ModelHostMetadata.Parse("en", hostsFallback: false) : ModelHostMetadata.Parse("es", hostsFallback: true)));
        placement.Cluster = builder.Build();
        await placement.Cluster.DeployAsync();
        await placement.WaitForDeclarationsAsync();
        return placement;
    }

    /// <summary>The cluster view, by silo name.</summary>
    public async Task<Dictionary<string, SiloView>> ViewAsync() =>
        (await Grains.GetGrain<IClusterViewGrain>(0).DescribeAsync()).ToDictionary(view => view.Name);

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Silos learn each other's metadata shortly after joining: wait until Spanish is routed to its own model.</summary>
    private async Task WaitForDeclarationsAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Grains.GetGrain<IExtractionGrain>(0).ExtractAsync("Hola MADRID.", "es", ExtractionAccuracy.Best)));
            if (results.All(result => !result.UsedFallback) || DateTime.UtcNow > deadline)
            {
                return;
            }

            await Task.Delay(200);
        }
    }
}
