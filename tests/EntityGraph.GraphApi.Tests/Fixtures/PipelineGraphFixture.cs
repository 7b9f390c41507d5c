using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;
using EntityGraph.TestSupport;
using EntityGraph.Ner;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>
/// The API co-hosted with an Orleans silo (localhost clustering on free ports) running the real grains, language
/// detection and NER runtime. The NER model is the tiny test model (ALL-CAPS words are ORG, Title-case words PER),
/// routed for English only, so other languages go to the fallback. Texts over <see cref="MaxTextBytes"/> are refused.
/// </summary>
public sealed class PipelineGraphFixture : GraphApiHost
{
    public const int MaxTextBytes = 4096;

    private readonly string _models = Directory.CreateTempSubdirectory("entitygraph-graphapi-models-").FullName;

    public PipelineGraphFixture()
    {
        TinyNerModel.Create(_models, ["en"]);
    }

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["EntityGraph:Ner:ModelsDirectory"] = _models,
        ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
        ["EntityGraph:Ingest:MaxTextBytes"] = MaxTextBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    protected override void ConfigureBuilder(WebApplicationBuilder builder)
    {
        builder.Services.AddEntityGraphLanguageDetection();
        builder.Services.AddEntityGraphNer();
        builder.Services.AddEntityGraphGrains();
        var cluster = Guid.NewGuid().ToString("N");
        builder.UseOrleans(silo => silo.UseLocalhostClustering(FreePort.Next(), FreePort.Next(), serviceId: cluster, clusterId: cluster));
    }

    protected override Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_models, recursive: true);
    }
}
