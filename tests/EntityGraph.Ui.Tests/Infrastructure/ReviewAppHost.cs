using System.Text.Json;
using EntityGraph.TestSupport;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>
/// The API and the reviewer page co-hosted with a silo running the real grains (so review decisions take the document
/// grain's write path) and the tiny casing model. Tests ingest their own documents through <see cref="QueryAsync"/>
/// and review them in Chromium.
/// </summary>
public sealed class ReviewAppHost : SiloAppHost
{
    private readonly string _models = Directory.CreateTempSubdirectory("entitygraph-ui-models-").FullName;
    private GraphQLClient? _client;

    /// <summary>The reviewer page, limited to one document's mentions.</summary>
    public Uri ReviewAddress(string documentId) => new(BaseAddress, $"/graphql/review?document={Uri.EscapeDataString(documentId)}");

    protected override string ModelsDirectory => _models;

    protected override IEnumerable<string> TemporaryFolders => [_models];

    protected override void PrepareModels() => TinyNerModel.Create(_models, ["en"]);

    protected override Task SeedAsync(IServiceProvider services)
    {
        _client = new GraphQLClient(BaseAddress);
        return Task.CompletedTask;
    }

    /// <summary>Runs a GraphQL request over HTTP and returns its data; fails the test on any error.</summary>
    public Task<JsonElement> QueryAsync(string query, object? variables = null) =>
        (_client ?? throw new InvalidOperationException("The host is not started.")).QueryAsync(query, variables);

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
        _client?.Dispose();
        await base.DisposeAsync();
    }
}
