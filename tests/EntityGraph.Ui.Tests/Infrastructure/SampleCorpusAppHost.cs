using System.Text.Json;
using EntityGraph.TestSupport;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>
/// The explorer over the sample corpus that the README's first command serves: every document of
/// samples/documents.jsonl ingested through the grains with the shipped models in models/ (as <c>serve</c> does on
/// first start). For the README's screenshots.
/// </summary>
public sealed class SampleCorpusAppHost : SiloAppHost
{
    private GraphQLClient? _client;

    /// <summary>GraphQL over HTTP.</summary>
    public GraphQLClient Client => _client ?? throw new InvalidOperationException("The host is not started.");

    /// <summary>How many sample documents were ingested.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>The explorer's address for a hash route.</summary>
    public Uri ExplorerAddress(string route) => new(BaseAddress, "/" + route);

    protected override string ModelsDirectory => Path.Combine(RepositoryPaths.Root(), "models");

    protected override async Task SeedAsync(IServiceProvider services)
    {
        _client = new GraphQLClient(BaseAddress);
        foreach (var line in await File.ReadAllLinesAsync(Path.Combine(RepositoryPaths.Root(), "samples", "documents.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var sample = JsonDocument.Parse(line);
            var root = sample.RootElement;
            await Client.QueryAsync(
                "mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome } }",
                new
                {
                    input = new
                    {
                        id = root.GetProperty("id").GetString(),
                        title = root.TryGetProperty("title", out var title) ? title.GetString() : null,
                        text = root.GetProperty("text").GetString(),
                        source = root.TryGetProperty("source", out var source) ? source.GetString() : null,
                    },
                });
            DocumentCount++;
        }
    }

    public override async Task DisposeAsync()
    {
        _client?.Dispose();
        await base.DisposeAsync();
    }
}
