using EntityGraph.Storage;
using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Relational;
using EntityGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.GraphApi.Tests.Infrastructure;

/// <summary>
/// A real WebApplication on Kestrel (127.0.0.1, free port) with the GraphQL API over a real store (SQLite in a temporary
/// folder unless the fixture chooses PostgreSQL). The store is wrapped in <see cref="CountingGraphStore"/> and stamps documents with a
/// <see cref="SteppingClock"/> (the rest of the host keeps the system clock); subclasses seed it.
/// </summary>
public abstract class GraphApiHost : IAsyncLifetime
{
    private WebApplication? _app;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "entitygraph-graphapi-tests", Guid.NewGuid().ToString("N"));

    public CountingGraphStore Store { get; private set; } = null!;

    public GraphQLClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The host is not started.");

    /// <summary>Extra configuration (keys like "EntityGraph:GraphApi:MaxPageSize").</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual void ConfigureBuilder(WebApplicationBuilder builder)
    {
    }

    protected abstract Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default);

    /// <summary>The store the API runs on: SQLite in <see cref="DataDirectory"/> unless a fixture chooses another backend.</summary>
    protected virtual RelationalGraphStore CreateStore(IServiceProvider provider, TimeProvider clock) => new SqliteGraphStore(
        provider.GetRequiredService<IOptions<GraphStoreOptions>>(),
        provider.GetRequiredService<ILogger<SqliteGraphStore>>(),
        clock);

    /// <summary>Runs before the host is built (e.g. to create a database schema).</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        await BeforeStartAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        // Test hosts take many requests a minute from one address; the rate limit has its own fixture.
        var settings = new Dictionary<string, string?> { ["EntityGraph:Security:RequestsPerMinute"] = "0" };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        settings["EntityGraph:Storage:DataDirectory"] = DataDirectory;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddEntityGraphStorage().AddSqliteGraphStore();
        var storeClock = new SteppingClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        builder.Services.Replace(ServiceDescriptor.Singleton(provider => CreateStore(provider, storeClock)));
        builder.Services.Replace(ServiceDescriptor.Singleton<IGraphStore>(provider => new CountingGraphStore(provider.GetRequiredService<RelationalGraphStore>())));
        builder.Services.AddEntityGraphApi();
        ConfigureBuilder(builder);

        _app = builder.Build();
        _app.MapEntityGraphApi();
        _app.MapEntityGraphExplorer();
        await _app.StartAsync();

        Store = (CountingGraphStore)_app.Services.GetRequiredService<IGraphStore>();
        await Store.InitializeAsync();
        await SeedAsync(Store);
        Store.Reset();

        BaseAddress = new Uri(_app.Urls.Single());
        Client = new GraphQLClient(new HttpClient { BaseAddress = BaseAddress });
    }

    public virtual async Task DisposeAsync()
    {
        Client?.Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
