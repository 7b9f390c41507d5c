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
    public async Task Eval_reports_how_confidence_held_up_and_writes_it_beside_each_predicted_token()
    {
        var file = Path.Combine(workspace.Folder("eval-confidence-input"), "fixture.dev.iob2");
        var predictions = Path.Combine(workspace.Folder("eval-confidence-output"), "predictions.tsv");
        await File.WriteAllTextAsync(file, "ACME\tB-ORG\nhired\tO\nAnna\tB-LOC\n.\tO\n\nKRONOS\tB-ORG\nmet\tO\nBert\tB-PER\n\n", new UTF8Encoding(false));

        var run = await CliRun.RunAsync(workspace.Settings, null, "eval", "--data", file, "--lang", "en", "--json", "--predictions", predictions, "--accept", "0.9", "--reject", "0.5");

        Assert.True(run.ExitCode == 0, run.Error);
        var confidence = JsonDocument.Parse(run.Out).RootElement.GetProperty("confidence");
        Assert.Equal(4, confidence.GetProperty("entities").GetInt32());
        Assert.Equal((0.9, 0.5), (confidence.GetProperty("accept_threshold").GetDouble(), confidence.GetProperty("reject_threshold").GetDouble()));
        Assert.Equal(1.0, confidence.GetProperty("accepted").GetDouble() + confidence.GetProperty("review").GetDouble() + confidence.GetProperty("rejected").GetDouble(), 3);
        Assert.Equal(10, confidence.GetProperty("reliability").GetArrayLength());
        Assert.Equal(4, confidence.GetProperty("reliability").EnumerateArray().Sum(bin => bin.GetProperty("count").GetInt32()));
        Assert.InRange(confidence.GetProperty("ece").GetDouble(), 0, 1);
        var lines = (await File.ReadAllLinesAsync(predictions)).Where(line => line.Length > 0).Select(line => line.Split('\t')).ToList();
        Assert.All(lines, columns => Assert.Equal(4, columns.Length));
        Assert.All(lines.Where(c => c[2] == "O"), c => Assert.Equal(string.Empty, c[3]));
        Assert.All(lines.Where(c => c[2] != "O"), c => Assert.InRange(double.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture), 0, 1));
        Assert.Equal(["ACME", "B-ORG", "B-ORG"], lines[0][..3]);
    }

    [Fact]
    public async Task Thresholds_outside_zero_to_one_or_in_the_wrong_order_are_usage_errors()
    {
        var file = Path.Combine(workspace.Folder("eval-thresholds"), "fixture.dev.iob2");
        await File.WriteAllTextAsync(file, "ACME\tB-ORG\n\n");

        var outside = await CliRun.RunAsync(workspace.Settings, null, "eval", "--data", file, "--lang", "en", "--accept", "1.5");
        var reversed = await CliRun.RunAsync(workspace.Settings, null, "eval", "--data", file, "--lang", "en", "--accept", "0.6", "--reject", "0.8");

        Assert.Contains("--accept must be a probability between 0 and 1", outside.Error, StringComparison.Ordinal);
        Assert.Contains("--reject (0.8) must not be above --accept (0.6)", reversed.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, outside.ExitCode);
    }

    [Fact]
    public async Task Eval_of_a_missing_file_is_a_usage_error()
    {
        var run = await CliRun.RunAsync(workspace.Settings, null, "eval", "--data", Path.Combine(workspace.Root, "nope.iob2"), "--lang", "en");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--data: no such file", run.Error);
    }
}
