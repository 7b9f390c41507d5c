using EntityGraph.TestSupport;
using EntityGraph.Ner.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Ner.Tests.Shipped;

/// <summary>The NER runtime over the repository's own models/ folder: the models that ship, as the silo loads them.</summary>
public sealed class ShippedModelsFixture : IAsyncLifetime
{
    public string ModelsDirectory { get; } = Path.Combine(RepositoryPaths.Root(), "models");

    public ServiceProvider Services { get; private set; } = null!;

    public INerService Ner => Services.GetRequiredService<INerService>();

    public ModelManifest Manifest { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Manifest = ModelManifest.Load(Path.Combine(ModelsDirectory, "manifest.json"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EntityGraph:Ner:ModelsDirectory"] = ModelsDirectory,
            ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
            ["EntityGraph:Ner:EnablePatternRecognizers"] = "false",
        }).Build();
        Services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddEntityGraphNer().BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Services.DisposeAsync();
}
