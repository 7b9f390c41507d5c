using EntityGraph.Storage;
using EntityGraph.Ui.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>
/// The GraphQL API and its IDE page on Kestrel (127.0.0.1, a port the OS picks) over the real SQLite store in a
/// temporary folder, seeded with <see cref="UiCorpus"/>. One per test collection; tests only read.
/// </summary>
public sealed class IdeAppHost : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "entitygraph-ui-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    /// <summary>Where the app listens, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The IDE page's address.</summary>
    public Uri IdeAddress => new(BaseAddress, "/graphql/ui");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["EntityGraph:Storage:DataDirectory"] = _dataDirectory });
        builder.Services.AddEntityGraphStorage().AddSqliteGraphStore();
        builder.Services.AddEntityGraphApi();

        _app = builder.Build();
        _app.MapEntityGraphApi();
        await _app.StartAsync();

        var store = _app.Services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync();
        foreach (var document in UiCorpus.Documents)
        {
            await store.UpsertDocumentAsync(document.Write);
        }

        BaseAddress = new Uri(_app.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
