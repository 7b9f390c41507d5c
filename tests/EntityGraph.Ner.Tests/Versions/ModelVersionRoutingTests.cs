using EntityGraph.Ner.Versions;
using EntityGraph.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Ner.Tests.Versions;

/// <summary>
/// Promoted versions through the real runtime: a retrained model (the tiny casing model under new labels) is registered,
/// activated for a domain and for the general route, rolled back; the registry file written by one process is seen by
/// another without a restart; bad operations say what is wrong.
/// </summary>
public sealed class ModelVersionRoutingTests : IDisposable
{
    private static readonly string[] PoliticsLabels = ["O", "B-party", "I-party", "B-politician", "I-politician"];
    private readonly string _root = Directory.CreateTempSubdirectory("entitygraph-versions-").FullName;

    private string Models => Path.Combine(_root, "models");

    private string Versions => Path.Combine(_root, "data", "models");

    [Fact]
    public async Task A_domain_version_serves_its_domain_only_and_rollback_returns_the_route()
    {
        TinyNerModel.Create(Models, ["en"]);
        var candidate = Path.Combine(_root, "candidate");
        TinyNerModel.CreateFolder(candidate, "en-politics-candidate", PoliticsLabels, ["en"]);
        await using var services = Services();
        var ner = services.GetRequiredService<INerService>();
        var registry = services.GetRequiredService<ModelRegistry>();
        var politics = ModelRouteKey.Of("en", "best", "politics");

        var version = registry.Register(candidate, politics, new Dictionary<string, double> { ["crossner-politics.dev.iob2"] = 70.3 }, TinyNerModel.ModelId);
        Assert.Equal(("v1", "en-best-politics-v1"), (version.Version, version.ModelId));
        Assert.Equal(["ORG", "PER"], await TypesAsync(ner, "politics"));

        registry.Activate(politics, "v1");

        Assert.Equal(["party", "politician"], await TypesAsync(ner, "politics"));
        Assert.Equal(["ORG", "PER"], await TypesAsync(ner, null));
        Assert.Equal(["ORG", "PER"], await TypesAsync(ner, "sports"));
        Assert.Equal("en-best-politics-v1", ner.Route("en", NerAccuracy.Best, "politics").ModelId);
        Assert.Equal(TinyNerModel.ModelId, ner.Route("en", NerAccuracy.Fast, "politics").ModelId);

        Assert.Null(registry.Rollback(politics));
        Assert.Equal(["ORG", "PER"], await TypesAsync(ner, "politics"));
    }

    [Fact]
    public async Task A_general_version_replaces_the_shipped_model_until_shipped_is_activated_again()
    {
        TinyNerModel.Create(Models, ["en"]);
        var candidate = Path.Combine(_root, "candidate");
        TinyNerModel.CreateFolder(candidate, "en-retrained", PoliticsLabels, ["en"]);
        await using var services = Services();
        var ner = services.GetRequiredService<INerService>();
        var registry = services.GetRequiredService<ModelRegistry>();
        var general = ModelRouteKey.Of("en", "best");
        registry.Register(candidate, general, new Dictionary<string, double>(), TinyNerModel.ModelId);

        registry.Activate(general, "v1");
        Assert.Equal(["party", "politician"], await TypesAsync(ner, null));
        registry.Activate(general, ModelVersion.Shipped);
        Assert.Equal(["ORG", "PER"], await TypesAsync(ner, null));
        Assert.Equal("v1", registry.Rollback(general));
        Assert.Equal(["party", "politician"], await TypesAsync(ner, null));
    }

    [Fact]
    public async Task Another_process_sees_an_activation_without_a_restart()
    {
        TinyNerModel.Create(Models, ["en"]);
        var candidate = Path.Combine(_root, "candidate");
        TinyNerModel.CreateFolder(candidate, "en-politics-candidate", PoliticsLabels, ["en"]);
        await using var services = Services();
        var ner = services.GetRequiredService<INerService>();
        Assert.Equal(["ORG", "PER"], await TypesAsync(ner, "politics"));

        var other = new ModelRegistry(Options.Create(new NerOptions { VersionsDirectory = Versions }));
        var politics = ModelRouteKey.Of("en", "best", "politics");
        other.Register(candidate, politics, new Dictionary<string, double>(), null);
        other.Activate(politics, "v1");

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (ner.Route("en", NerAccuracy.Best, "politics").ModelId != "en-best-politics-v1")
        {
            Assert.True(DateTime.UtcNow < deadline, "the running service did not pick up the activation");
            await Task.Delay(50);
        }

        Assert.Equal(["party", "politician"], await TypesAsync(ner, "politics"));
    }

    [Fact]
    public void Bad_operations_say_what_is_wrong_and_change_nothing()
    {
        var registry = new ModelRegistry(Options.Create(new NerOptions { VersionsDirectory = Versions }));
        var politics = ModelRouteKey.Of("en", "best", "politics");

        Assert.Contains("has no version 'v9' (known: none)", Assert.Throws<ModelVersionException>(() => registry.Activate(politics, "v9")).Message);
        Assert.Contains("has no version 'shipped'", Assert.Throws<ModelVersionException>(() => registry.Activate(politics, ModelVersion.Shipped)).Message);
        Assert.Contains("no activation to roll back", Assert.Throws<ModelVersionException>(() => registry.Rollback(politics)).Message);
        Assert.Contains("is not a model folder", Assert.Throws<ModelVersionException>(() => registry.Register(Path.Combine(_root, "missing"), politics, new Dictionary<string, double>(), null)).Message);
        Assert.Contains("No versions folder", Assert.Throws<ModelVersionException>(() => new ModelRegistry(Options.Create(new NerOptions())).Activate(politics, "v1")).Message);
        Assert.Empty(registry.Current.Versions);
    }

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EntityGraph:Ner:ModelsDirectory"] = Models,
            ["EntityGraph:Ner:VersionsDirectory"] = Versions,
            ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
            ["EntityGraph:Ner:EnablePatternRecognizers"] = "false",
        }).Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddEntityGraphNer().BuildServiceProvider();
    }

    private static async Task<string[]> TypesAsync(INerService ner, string? domain) =>
        [.. (await ner.RecognizeAsync(new NerRequest("ACME hired Anna", "en", NerAccuracy.Best, domain))).Entities.Select(e => e.Type)];

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
