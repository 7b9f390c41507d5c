using EntityGraph.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Ner.Tests.Runtime;

/// <summary>A service provider with the real NER runtime over a tiny model written to a temp folder.</summary>
public sealed class TinyModelFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "eg-ner-" + Guid.NewGuid().ToString("N"));

    public ServiceProvider Services { get; private set; } = null!;

    public INerService Ner => Services.GetRequiredService<INerService>();

    public Task InitializeAsync()
    {
        TinyNerModel.Create(_root, ["en", "de"]);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EntityGraph:Ner:ModelsDirectory"] = _root,
            ["EntityGraph:Ner:ExecutionProvider"] = "auto",
        }).Build();
        Services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddEntityGraphNer().BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
