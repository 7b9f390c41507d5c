using EntityGraph.Grains.Placement;
using EntityGraph.Ner;
using EntityGraph.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EntityGraph.GraphApi.Tests.Infrastructure;

/// <summary>
/// The API co-hosted with an Orleans silo (localhost clustering on free ports) running the real grains, language
/// detection and NER runtime, so mutations take the product's one write path through the document grain. The NER model
/// is the tiny test model (ALL-CAPS words are ORG, Title-case words PER), routed for English only.
/// </summary>
public abstract class SiloGraphApiHost : GraphApiHost
{
    private readonly string _models = Directory.CreateTempSubdirectory("entitygraph-graphapi-models-").FullName;

    protected SiloGraphApiHost()
    {
        TinyNerModel.Create(_models, ["en"]);
    }

    protected virtual int MaxTextBytes => 1_048_576;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["EntityGraph:Ner:ModelsDirectory"] = _models,
        ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
        ["EntityGraph:Ingest:MaxTextBytes"] = MaxTextBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["EntityGraph:Redaction:EncryptionKey"] = RedactionKey,
        ["EntityGraph:Redaction:HashSalt"] = "graphapi-tests-salt",
    };

    /// <summary>The test silo's encryption key (base64 of 32 bytes); a real deployment reads it from the environment.</summary>
    public const string RedactionKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    protected override void ConfigureBuilder(WebApplicationBuilder builder)
    {
        builder.Services.AddEntityGraphLanguageDetection();
        builder.Services.AddEntityGraphNer();
        builder.Services.AddEntityGraphGrains();
        var cluster = Guid.NewGuid().ToString("N");
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(FreePort.Next(), FreePort.Next(), serviceId: cluster, clusterId: cluster)
            .AddEntityGraphCluster(ModelHostMetadata.All));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_models, recursive: true);
    }
}
