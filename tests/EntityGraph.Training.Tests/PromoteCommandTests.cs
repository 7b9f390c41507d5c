using EntityGraph.Ner;
using EntityGraph.Ner.Versions;
using EntityGraph.TestSupport;
using EntityGraph.Training.Cli;
using Microsoft.Extensions.Options;

namespace EntityGraph.Training.Tests;

/// <summary>
/// <c>entitygraph-train promote</c> with the tiny casing model as the shipped model and the same weights under the labels
/// party / politician as the candidate: on a dev file of the shipped types the candidate loses everything and is refused,
/// on a dev file of the new types it wins and becomes the route's next version.
/// </summary>
public sealed class PromoteCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("entitygraph-promote-").FullName;

    [Fact]
    public async Task A_candidate_that_loses_dev_F1_is_refused_and_one_that_wins_is_promoted()
    {
        var models = Path.Combine(_root, "models");
        TinyNerModel.Create(models, ["en"]);
        var candidate = Path.Combine(_root, "candidate");
        TinyNerModel.CreateFolder(candidate, "politics-candidate", ["O", "B-party", "I-party", "B-politician", "I-politician"], ["en"]);
        var general = DevFile("general.dev.iob2", "B-ORG", "B-PER");
        var politics = DevFile("politics.dev.iob2", "B-party", "B-politician");
        var data = Path.Combine(_root, "data");

        var refused = await TrainingCli.RunAsync(["promote", "--model", candidate, "--data-dir", data, "--lang", "en", "--dev", general, "--models", models, "--threads", "1"]);
        var promoted = await TrainingCli.RunAsync(
            ["promote", "--model", candidate, "--data-dir", data, "--lang", "en", "--domain", "politics", "--dev", politics, "--report-dev", general, "--models", models, "--threads", "1"]);

        Assert.Equal((PromoteCommand.Refused, 0), (refused, promoted));
        var registry = new ModelRegistry(Options.Create(new NerOptions { VersionsDirectory = Path.Combine(data, "models") }));
        var version = Assert.Single(registry.Current.Versions);
        Assert.Equal(("en-best-politics-v1", "politics", TinyNerModel.ModelId), (version.ModelId, version.Domain, version.BaseModel));
        Assert.Equal(100.0, version.DevF1["politics.dev.iob2"]);
        Assert.True(File.Exists(Path.Combine(data, "models", version.Path, "model.onnx")));
        Assert.Null(registry.ActiveFor(ModelRouteKey.Of("en", "best", "politics")));
    }

    [Fact]
    public async Task Missing_arguments_are_refused_with_a_usage_error()
    {
        Assert.Equal(2, await TrainingCli.RunAsync(["promote", "--model", _root]));
        Assert.Equal(2, await TrainingCli.RunAsync(["promote", "--model", _root, "--data-dir", _root, "--lang", "en", "--dev", "x", "--tier", "slow"]));
    }

    private string DevFile(string name, string organisation, string person)
    {
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(_root, "dev", "en")).FullName, name);
        var lines = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            lines.AddRange([$"ACME\t{organisation}", "hired\tO", $"Anna\t{person}", ".\tO", string.Empty]);
        }

        File.WriteAllLines(path, lines);
        return path;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
