using EntityGraph.Ner;
using EntityGraph.Ner.Versions;
using EntityGraph.Silo.Cli;
using EntityGraph.Silo.Tests.Fixtures;
using EntityGraph.TestSupport;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Tests.Commands;

/// <summary>entitygraph models list|activate|rollback on a data directory holding one promoted version.</summary>
public sealed class ModelsCommandTests(Workspace workspace) : IClassFixture<Workspace>
{
    [Fact]
    public async Task Versions_are_listed_activated_and_rolled_back_and_mistakes_are_explained()
    {
        var data = workspace.Folder("models-data");
        var candidate = Path.Combine(workspace.Folder("models-candidate"), "politics");
        TinyNerModel.CreateFolder(candidate, "politics-candidate", ["O", "B-party", "I-party", "B-politician", "I-politician"], ["en"]);
        var registry = new ModelRegistry(Options.Create(new NerOptions { VersionsDirectory = Path.Combine(data, "models") }));
        registry.Register(candidate, ModelRouteKey.Of("en", "best", "politics"), new Dictionary<string, double> { ["politics.dev"] = 70.3 }, "en-minilm");

        var inactive = await CliRun.RunAsync(workspace.Settings, null, "models", "list", "--data-dir", data);
        var configured = workspace.Settings with
        {
            Overrides = new Dictionary<string, string?>(workspace.Settings.Overrides) { ["EntityGraph:Storage:DataDirectory"] = data },
        };
        var fromConfiguration = await CliRun.RunAsync(configured, null, "models", "list");
        var activate = await CliRun.RunAsync(workspace.Settings, null, "models", "activate", "--data-dir", data, "--language", "en", "--tier", "best", "--domain", "politics", "--version", "v1");
        var active = await CliRun.RunAsync(workspace.Settings, null, "models", "list", "--data-dir", data);
        var rollback = await CliRun.RunAsync(workspace.Settings, null, "models", "rollback", "--data-dir", data, "--language", "en", "--tier", "best", "--domain", "politics");
        var unknown = await CliRun.RunAsync(workspace.Settings, null, "models", "activate", "--data-dir", data, "--language", "en", "--tier", "best", "--domain", "politics", "--version", "v4");
        var badTier = await CliRun.RunAsync(workspace.Settings, null, "models", "activate", "--data-dir", data, "--language", "en", "--tier", "slow", "--version", "v1");
        var nothing = await CliRun.RunAsync(workspace.Settings, null, "models", "rollback", "--data-dir", data, "--language", "en", "--tier", "best", "--domain", "politics");

        Assert.Equal("en:best:politics\tv1\ten-best-politics-v1\tinactive\tpolitics.dev 70.30", inactive.Out.Trim());
        Assert.Equal(inactive.Out, fromConfiguration.Out);
        Assert.Equal("en:best:politics now served by v1", activate.Out.Trim());
        Assert.Contains("\tactive\t", active.Out);
        Assert.Contains("now served by shipped general model", rollback.Out);
        Assert.Equal((ExitCodes.Failure, ExitCodes.Usage, ExitCodes.Failure), (unknown.ExitCode, badTier.ExitCode, nothing.ExitCode));
        Assert.Contains("has no version 'v4' (known: v1)", unknown.Error);
        Assert.Contains("Argument 'slow' not recognized. Must be one of:", badTier.Error);
        Assert.Contains("no activation to roll back", nothing.Error);
    }
}
