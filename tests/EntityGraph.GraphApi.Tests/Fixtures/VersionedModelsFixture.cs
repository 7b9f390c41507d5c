using EntityGraph.Storage;
using EntityGraph.TestSupport;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>
/// The pipeline behind the API with a versions folder holding one promoted version for en:best:politics (the tiny casing
/// model under the labels party and politician), registered before start and not yet active.
/// </summary>
public sealed class VersionedModelsFixture : Infrastructure.SiloGraphApiHost
{
    public static readonly string[] PoliticsLabels = ["O", "B-party", "I-party", "B-politician", "I-politician"];

    private readonly string _versions = Directory.CreateTempSubdirectory("entitygraph-graphapi-versions-").FullName;

    public VersionedModelsFixture()
    {
        var candidate = Path.Combine(_versions, "candidate");
        TinyNerModel.CreateFolder(candidate, "politics-candidate", PoliticsLabels, ["en"]);
        var registry = new Ner.Versions.ModelRegistry(Microsoft.Extensions.Options.Options.Create(new Ner.NerOptions { VersionsDirectory = VersionsDirectory }));
        registry.Register(candidate, Ner.Versions.ModelRouteKey.Of("en", "best", "politics"), new Dictionary<string, double> { ["politics.dev"] = 70.3 }, TinyNerModel.ModelId);
    }

    public string VersionsDirectory => Path.Combine(_versions, "data-models");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["EntityGraph:Ner:VersionsDirectory"] = VersionsDirectory,
    };

    protected override Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_versions, recursive: true);
    }
}
