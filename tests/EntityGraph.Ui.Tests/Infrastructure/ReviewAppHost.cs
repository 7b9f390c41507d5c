using System.Net.Http.Json;
using System.Text.Json;
using EntityGraph.Grains.Placement;
using EntityGraph.Ner;
using EntityGraph.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>
/// The GraphQL API and the reviewer page on Kestrel (127.0.0.1, a port the OS picks) co-hosted with an Orleans silo running
/// the real grains (so review decisions take the document grain's write path) over the real SQLite store in a temporary
/// folder. Tests ingest their own documents through <see cref="QueryAsync"/> and review them in Chromium.
/// </summary>
public sealed class ReviewAppHost : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "entitygraph-ui-tests", Guid.NewGuid().ToString("N"));
    private readonly string _models = Directory.CreateTempSubdirectory("entitygraph-ui-models-").FullName;
    private readonly HttpClient _http = new();
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The reviewer page, limited to one document's mentions.</summary>
    public Uri ReviewAddress(string documentId) => new(BaseAddress, $"/graphql/review?document={Uri.EscapeDataString(documentId)}");

    public async Task InitializeAsync()
    {
        TinyNerModel.Create(_models, ["en"]);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EntityGraph:Storage:DataDirectory"] = _dataDirectory,
            ["EntityGraph:Ner:ModelsDirectory"] = _models,
            ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
            ["EntityGraph:Security:RequestsPerMinute"] = "0",
        });
        builder.Services.AddEntityGraphStorage().AddSqliteGraphStore();
        builder.Services.AddEntityGraphApi();
        builder.Services.AddEntityGraphLanguageDetection();
        builder.Services.AddEntityGraphNer();
        builder.Services.AddEntityGraphGrains();
        var cluster = Guid.NewGuid().ToString("N");
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(LoopbackPorts.Free(), LoopbackPorts.Free(), serviceId: cluster, clusterId: cluster)
            .AddEntityGraphCluster(ModelHostMetadata.All));

        _app = builder.Build();
        _app.MapEntityGraphApi();
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single());
        _http.BaseAddress = BaseAddress;
    }

    /// <summary>Runs a GraphQL request over HTTP and returns its data; fails the test on any error.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await _http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"GraphQL errors: {errors.GetRawText()}");
        }

        return body.GetProperty("data");
    }

    /// <summary>Ingests a document with annotated mentions (surface, type, confidence); the confidences route them.</summary>
    public Task IngestAsync(string id, string text, params (string Surface, string Type, double Confidence)[] mentions) =>
        QueryAsync(
            "mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome } }",
            new
            {
                input = new
                {
                    id,
                    text,
                    language = "en",
                    mentions = mentions.Select(m =>
                    {
                        var start = text.IndexOf(m.Surface, StringComparison.Ordinal);
                        return new { start, end = start + m.Surface.Length, type = m.Type, confidence = m.Confidence };
                    }),
                },
            });

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var folder in new[] { _dataDirectory, _models })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
