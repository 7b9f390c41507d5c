using EntityGraph.Grains.Placement;
using EntityGraph.Ner;
using EntityGraph.Storage;
using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Sqlite;
using EntityGraph.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace EntityGraph.Grains.Tests.Fixtures;

/// <summary>
/// Two in-process silos with the real services: SQLite store in a temp folder, language detection, the NER
/// runtime on a tiny casing model (ALL-CAPS words are ORG, Title-case words PER) routed for English only, so
/// every other language goes to the fallback. <see cref="Store"/> is a second store on the same database file.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const string RoutedLanguage = "en";

    /// <summary>A second routed language, so that routing a low-confidence part to the fallback is observable.</summary>
    public const string SecondRoutedLanguage = "es";

    private readonly string root = Directory.CreateTempSubdirectory("entitygraph-grains-").FullName;
    private SqliteGraphStore? store;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public IGraphStore Store => store ?? throw new InvalidOperationException("The fixture is not initialized.");

    public string DataDirectory => Path.Combine(root, "data");

    public async Task InitializeAsync()
    {
        var models = Path.Combine(root, "models");
        TinyNerModel.Create(models, [RoutedLanguage, SecondRoutedLanguage]);
        var settings = new Dictionary<string, string?>
        {
            ["EntityGraph:Storage:DataDirectory"] = DataDirectory,
            ["EntityGraph:Ner:ModelsDirectory"] = models,
            ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
        };

        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSiloHost((_, host) => SiloServices.Register(host, settings));
        builder.ConfigureSilo((_, silo) => silo
            .AddEntityGraphCluster(ModelHostMetadata.All)
            .Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(2)));
        builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(2)));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        store = await GraphStoreFactory.OpenAsync(DataDirectory);
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        store?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
