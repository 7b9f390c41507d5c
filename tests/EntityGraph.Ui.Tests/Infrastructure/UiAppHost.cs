using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>
/// The GraphQL API and its pages on Kestrel (127.0.0.1, a port the OS picks) over the real SQLite store in a temporary
/// folder; subclasses add services (a silo) and seed data. One per test collection.
/// </summary>
public abstract class UiAppHost : IAsyncLifetime
{
    private WebApplication? _app;

    protected string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "entitygraph-ui-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Where the app listens, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Configuration besides the data directory.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Services besides the store and the API.</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    /// <summary>Runs once the app listens.</summary>
    protected virtual Task SeedAsync(IServiceProvider services) => Task.CompletedTask;

    /// <summary>Folders to delete besides the data directory.</summary>
    protected virtual IEnumerable<string> TemporaryFolders => [];

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(Settings) { ["EntityGraph:Storage:DataDirectory"] = DataDirectory });
        builder.Services.AddEntityGraphStorage().AddSqliteGraphStore();
        builder.Services.AddEntityGraphApi();
        Configure(builder);

        _app = builder.Build();
        _app.MapEntityGraphApi();
        _app.MapEntityGraphExplorer();
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single());
        await SeedAsync(_app.Services);
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var folder in TemporaryFolders.Prepend(DataDirectory))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
