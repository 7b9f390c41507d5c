using EntityGraph.Grains.Placement;
using EntityGraph.Ner;
using EntityGraph.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>
/// The API and its pages co-hosted with an Orleans silo running the real grains over the NER models in
/// <see cref="ModelsDirectory"/>, so ingest, extract and review decisions take the product's write path.
/// </summary>
public abstract class SiloAppHost : UiAppHost
{
    /// <summary>The models folder (manifest.json and one folder per model) the silo serves.</summary>
    protected abstract string ModelsDirectory { get; }

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["EntityGraph:Ner:ModelsDirectory"] = ModelsDirectory,
        ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
        ["EntityGraph:Security:RequestsPerMinute"] = "0",
    };

    /// <summary>Writes the models before the silo starts (nothing by default).</summary>
    protected virtual void PrepareModels()
    {
    }

    protected override void Configure(WebApplicationBuilder builder)
    {
        PrepareModels();
        builder.Services.AddEntityGraphLanguageDetection();
        builder.Services.AddEntityGraphNer();
        builder.Services.AddEntityGraphGrains();
        var cluster = Guid.NewGuid().ToString("N");
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(LoopbackPorts.Free(), LoopbackPorts.Free(), serviceId: cluster, clusterId: cluster)
            .AddEntityGraphCluster(ModelHostMetadata.All));
    }
}
