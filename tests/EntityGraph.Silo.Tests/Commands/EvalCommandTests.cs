using System.Text;
using System.Text.Json;
using EntityGraph.Silo.Tests.Fixtures;

namespace EntityGraph.Silo.Tests.Commands;

public sealed class EvalCommandTests(Workspace workspace) : IClassFixture<Workspace>
{
    [Fact]
    public async Task Eval_scores_the_pipeline_and_counts_a_sentence_the_platform_rejects_as_predicting_nothing()
    {
        var file = Path.Combine(workspace.Folder("eval-input"), "fixture.dev.iob2");
        await File.WriteAllTextAsync(
            file,
            "ACME\tB-ORG\nhired\tO\nAnna\tB-PER\n.\tO\n\nKRONOS\tB-ORG\nmet\tO\nBert\tB-PER\n\nbroken\tO\nte\uFFFDxt\tO\nZED\tB-ORG\n\n",
            new UTF8Encoding(false));

        var run = await CliRun.RunAsync(workspace.Settings, null, "eval", "--data", file, "--lang", "en", "--json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        var root = report.RootElement;
        Assert.Equal(3, root.GetProperty("sentences").GetInt32());
        Assert.Equal(1, root.GetProperty("rejected_sentences").GetInt32());
        Assert.Equal(100.0, root.GetProperty("precision").GetDouble());
        Assert.Equal(80.0, root.GetProperty("recall").GetDouble());
        Assert.Equal(3, root.GetProperty("per_type").GetProperty("ORG").GetProperty("support").GetInt32());
    }

    [Fact]
    public async Task Eval_of_a_missing_file_is_a_usage_error()
    {
        var run = await CliRun.RunAsync(workspace.Settings, null, "eval", "--data", Path.Combine(workspace.Root, "nope.iob2"), "--lang", "en");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--data: no such file", run.Error);
    }
}
