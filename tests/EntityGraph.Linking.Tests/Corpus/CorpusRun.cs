using EntityGraph.Grains.Placement;
using EntityGraph.Storage.Sqlite;
using EntityGraph.Grains;
using EntityGraph.Storage;
using EntityGraph.Storage.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace EntityGraph.Linking.Tests.Corpus;

/// <summary>
/// Runs the linking corpus through the real pipeline: an in-process Orleans silo with the document, entity and curation
/// grains and the SQLite store in a temporary folder. Each document is ingested with its gold mention spans and types
/// (as annotated mentions, so no model runs), in file order; the entity ids the store then holds are the clusters.
/// </summary>
public sealed class CorpusRun : IAsyncDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("entitygraph-linking-").FullName;
    private InProcessTestCluster? cluster;
    private IGraphStore? store;

    public IGrainFactory Grains => cluster?.Client ?? throw new InvalidOperationException("Not started.");

    public IGraphStore Store => store ?? throw new InvalidOperationException("Not started.");

    public static async Task<CorpusRun> StartAsync()
    {
        var run = new CorpusRun();
        var builder = new InProcessTestClusterBuilder(1);
        var settings = new Dictionary<string, string?> { ["EntityGraph:Storage:DataDirectory"] = Path.Combine(run.root, "data") };
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddInMemoryCollection(settings);
            host.Services.AddEntityGraphStorage().AddSqliteGraphStore();
            host.Services.AddEntityGraphGrains();
        });
        builder.ConfigureSilo((_, silo) => silo.AddEntityGraphCluster(ModelHostMetadata.All));
        run.cluster = builder.Build();
        await run.cluster.DeployAsync();
        run.store = await GraphStoreFactory.OpenAsync(Path.Combine(run.root, "data"));
        return run;
    }

    /// <summary>Ingests the documents in order and returns the predicted entity id of every gold mention.</summary>
    public async Task<Dictionary<(string Document, int Start, int End), string>> IngestAsync(IReadOnlyList<CorpusDocument> documents)
    {
        foreach (var document in documents)
        {
            var mentions = document.Mentions.Select(m => new MentionInput(m.Start, m.End, m.Type)).ToList();
            await Grains.GetGrain<IDocumentGrain>(document.Id).IngestAsync(new DocumentInput(document.Id, document.Text, document.Language, Mentions: mentions));
        }

        var stored = await Store.GetMentionsByDocumentAsync(documents.Select(d => d.Id).ToList());
        return stored.Values.SelectMany(list => list).ToDictionary(m => (m.DocumentId, m.Start, m.End), m => m.LinkedEntityId);
    }

    public async ValueTask DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }

        (store as IDisposable)?.Dispose();
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
