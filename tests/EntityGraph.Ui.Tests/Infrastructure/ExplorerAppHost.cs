using EntityGraph.Storage;
using EntityGraph.TestSupport;
using EntityGraph.Ui.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>
/// The explorer, GraphiQL and the API over a store seeded with <see cref="UiCorpus"/>, with a silo serving the tiny
/// casing model so that the analyze page's <c>extract</c> runs the real pipeline. Tests only read (extract stores nothing).
/// </summary>
public sealed class ExplorerAppHost : SiloAppHost
{
    private readonly string _models = Directory.CreateTempSubdirectory("entitygraph-ui-models-").FullName;
    private GraphQLClient? _client;

    /// <summary>The explorer's address for a hash route, e.g. <c>#/entity/loc-munich</c>.</summary>
    public Uri ExplorerAddress(string route = "#/") => new(BaseAddress, "/" + route);

    /// <summary>GraphiQL's address.</summary>
    public Uri GraphiQLAddress => new(BaseAddress, "/graphql/ui");

    /// <summary>GraphQL over HTTP, to compare what the pages show with what the API answers.</summary>
    public GraphQLClient Client => _client ?? throw new InvalidOperationException("The host is not started.");

    protected override string ModelsDirectory => _models;

    protected override IEnumerable<string> TemporaryFolders => [_models];

    protected override void PrepareModels() => TinyNerModel.Create(_models, ["en"]);

    protected override async Task SeedAsync(IServiceProvider services)
    {
        _client = new GraphQLClient(BaseAddress);
        var store = services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync();
        foreach (var document in UiCorpus.Documents)
        {
            await store.UpsertDocumentAsync(document.Write);
        }
    }

    public override async Task DisposeAsync()
    {
        _client?.Dispose();
        await base.DisposeAsync();
    }
}
