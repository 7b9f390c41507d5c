using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Storage.Tests.Sqlite;

public sealed class SqliteConfigurationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "entitygraph-storage-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("", "graph.db", 5)]
    [InlineData("data", "", 5)]
    [InlineData("data", "sub/graph.db", 5)]
    [InlineData("data", "graph.db", 0)]
    [InlineData("data", "graph.db", 3600)]
    public void Validator_rejects_unusable_options(string dataDirectory, string fileName, int busySeconds)
    {
        var options = new GraphStoreOptions { DataDirectory = dataDirectory, FileName = fileName, BusyTimeout = TimeSpan.FromSeconds(busySeconds) };

        var result = new GraphStoreOptionsValidator([new SqliteGraphStoreProvider()]).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Throws<OptionsValidationException>(() => GraphStoreFactory.Create(options));
    }

    [Fact]
    public async Task Every_opened_connection_has_the_session_pragmas_also_when_the_pool_hands_it_out_again()
    {
        var connections = new SqliteConnections(new GraphStoreOptions { DataDirectory = _folder, FileName = "pragmas.db", BusyTimeout = TimeSpan.FromSeconds(7) });
        Directory.CreateDirectory(_folder);
        for (var round = 0; round < 3; round++)
        {
            await using var first = await connections.OpenAsync();
            await using var second = await connections.OpenAsync();
            foreach (var connection in new[] { first, second })
            {
                Assert.Equal((7000L, 1L, -512L), (await ScalarAsync(connection, "PRAGMA busy_timeout;"), await ScalarAsync(connection, "PRAGMA synchronous;"), await ScalarAsync(connection, "PRAGMA cache_size;")));
            }
        }

        connections.ClearPool();
    }

    [Fact]
    public async Task AddEntityGraphStorage_binds_the_section_and_registers_one_singleton_store()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["EntityGraph:Storage:DataDirectory"] = _folder,
                ["EntityGraph:Storage:FileName"] = "bound.db",
                ["EntityGraph:Storage:BusyTimeout"] = "00:00:05",
            })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddEntityGraphStorage().AddSqliteGraphStore();
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        var store = provider.GetRequiredService<IGraphStore>();
        await store.InitializeAsync();

        Assert.Same(store, provider.GetRequiredService<IGraphStore>());
        Assert.IsType<SqliteGraphStore>(store);
        Assert.Equal(Path.Combine(_folder, "bound.db"), ((SqliteGraphStore)store).DatabasePath);
        Assert.True(File.Exists(Path.Combine(_folder, "bound.db")));
        Assert.Equal(TimeSpan.FromSeconds(5), provider.GetRequiredService<IOptions<GraphStoreOptions>>().Value.BusyTimeout);
    }

    [Fact]
    public void AddEntityGraphStorage_applies_overrides_and_rejects_bad_configuration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["EntityGraph:Storage:FileName"] = "" })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddEntityGraphStorage().AddSqliteGraphStore();
        using var bad = services.BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => bad.GetRequiredService<IGraphStore>());

        var overridden = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        overridden.AddEntityGraphStorage(options => (options.DataDirectory, options.FileName) = (_folder, "cli.db")).AddSqliteGraphStore();
        using var provider = overridden.BuildServiceProvider();
        Assert.Equal(Path.Combine(_folder, "cli.db"), ((SqliteGraphStore)provider.GetRequiredService<IGraphStore>()).DatabasePath);
    }

    [Fact]
    public async Task Factory_opens_an_initialized_store_in_a_data_directory()
    {
        using var store = await GraphStoreFactory.OpenAsync(_folder);

        Assert.Equal(Path.Combine(_folder, "entitygraph.db"), store.DatabasePath);
        Assert.Equal(0, (await store.GetStatisticsAsync()).Documents);
    }

    private static async Task<long> ScalarAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
