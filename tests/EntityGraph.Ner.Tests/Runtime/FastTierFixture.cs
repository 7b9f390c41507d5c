using EntityGraph.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Ner.Tests.Runtime;

/// <summary>The real NER runtime over a models folder with a tiny transformer (BEST for en and de, the fallback) and a tiny BiLSTM-CRF (FAST for en).</summary>
public sealed class FastTierFixture : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "eg-fast-" + Guid.NewGuid().ToString("N"));

    public ServiceProvider Services { get; private set; } = null!;

    public INerService Ner => Services.GetRequiredService<INerService>();

    public Task InitializeAsync()
    {
        TinyNerModel.Create(Root, ["en", "de"]);
        TinyBiLstmModel.Create(Root);
        TinyBiLstmModel.RegisterAsFast(Root, ["en"]);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EntityGraph:Ner:ModelsDirectory"] = Root,
            ["EntityGraph:Ner:ExecutionProvider"] = "cpu",
            ["EntityGraph:Ner:EnablePatternRecognizers"] = "false",
        }).Build();
        Services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddEntityGraphNer().BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}
