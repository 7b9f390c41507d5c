using System.Net.Http.Json;
using System.Text.Json;
using EntityGraph.Grains.Placement;
using EntityGraph.Ner;
using EntityGraph.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>
/// The API and the reviewer page co-hosted with an Orleans silo running the real grains (so review decisions take the
/// document grain's write path) and the tiny casing model. Tests ingest their own documents through
/// <see cref="QueryAsync"/> and review them in Chromium.
/// </summary>
public sealed class ReviewAppHost : UiAppHost
{
    private readonly string _models = Directory.CreateTempSubdirectory("entitygraph-ui-models-").FullName;
    private readonly HttpClient _http = new();

    /// <summary>The reviewer page, limited to one document's mentions.</summary>
    public Uri ReviewAddress(string documentId) => new(BaseAddress, $"/graphql/review?document={Uri.EscapeDataString(documentId)}");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["EntityGraph:Ner:ModelsDirectory"] = _models,
        ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
        ["EntityGraph:Security:RequestsPerMinute"] = "0",
    };

    protected override IEnumerable<string> TemporaryFolders => [_models];

    protected override void Configure(WebApplicationBuilder builder)
    {
        TinyNerModel.Create(_models, ["en"]);
        builder.Services.AddEntityGraphLanguageDetection();
        builder.Services.AddEntityGraphNer();
        builder.Services.AddEntityGraphGrains();
        var cluster = Guid.NewGuid().ToString("N");
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(LoopbackPorts.Free(), LoopbackPorts.Free(), serviceId: cluster, clusterId: cluster)
            .AddEntityGraphCluster(ModelHostMetadata.All));
    }

    protected override Task SeedAsync(IServiceProvider services)
    {
        _http.BaseAddress = BaseAddress;
        return Task.CompletedTask;
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

    public override async Task DisposeAsync()
    {
        _http.Dispose();
        await base.DisposeAsync();
    }
}
