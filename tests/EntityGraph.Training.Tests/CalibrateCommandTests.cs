using EntityGraph.Ner.Calibration;
using EntityGraph.Telemetry.Drift;
using EntityGraph.TestSupport;
using EntityGraph.Training.Cli;

namespace EntityGraph.Training.Tests;

/// <summary>
/// <c>entitygraph-train calibrate</c> on the tiny casing model (ALL-CAPS words ORG, Title-case words PER) and a dev file
/// where only some of what it finds is right: the curves and the drift baseline (every entity it predicted, calibrated)
/// store with the model, the card gets its reliability tables.
/// </summary>
public sealed class CalibrateCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("entitygraph-calibrate-").FullName;

    [Fact]
    public async Task Calibration_is_fitted_on_dev_stored_with_the_model_and_written_into_its_card()
    {
        var folder = TinyNerModel.Create(Path.Combine(_root, "models"), ["en"]);
        File.WriteAllText(Path.Combine(folder, "README.md"), "# tiny-casing\n\nA test model.\n");
        var dev = Path.Combine(Directory.CreateDirectory(Path.Combine(_root, "data", "en")).FullName, "tiny.dev.iob2");
        var lines = new List<string>();
        for (var i = 0; i < 210; i++)
        {
            // ACME is always an organisation; Anna is a person in two sentences of three and a place (LOC) in the third.
            lines.AddRange(["ACME\tB-ORG", "hired\tO", $"Anna\t{(i % 3 == 0 ? "B-LOC" : "B-PER")}", ".\tO", string.Empty]);
        }

        File.WriteAllLines(dev, lines);

        var exit = await TrainingCli.RunAsync(["calibrate", "--model", folder, "--dev", dev, "--lang", "auto", "--threads", "1"]);

        Assert.Equal(0, exit);
        var calibration = ModelCalibration.Load(folder)!;
        Assert.Equal(["en/tiny.dev"], calibration.FittedOn);
        Assert.Equal(1.0, calibration.Apply("en", "ORG", 0.99), 6);
        Assert.Equal(2.0 / 3, calibration.Apply("en", "PER", 0.99), 6);
        var baseline = DriftBaseline.Load(folder)!;
        Assert.Equal(["en/tiny.dev"], baseline.FittedOn);
        Assert.Equal(420, baseline.For("en").Entities);
        Assert.Equal(0.5, baseline.For("en").Types["ORG"], 6);
        Assert.Equal(0.5, baseline.For("en").Types["PER"], 6);
        Assert.Equal(1.0, baseline.For("en").Confidence.Sum(), 5);
        var card = File.ReadAllText(Path.Combine(folder, "README.md"));
        Assert.StartsWith("# tiny-casing\n\nA test model.\n\n## Calibration", card, StringComparison.Ordinal);
        Assert.Contains("| en/tiny.dev | 420 |", card, StringComparison.Ordinal);
        Assert.Contains("Reliability on en/tiny.dev (calibrated):", card, StringComparison.Ordinal);

        Assert.Equal(0, await TrainingCli.RunAsync(["calibrate", "--model", folder, "--dev", dev, "--lang", "auto", "--threads", "1"]));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(folder, "README.md")), "## Calibration"));
    }

    [Fact]
    public async Task A_folder_that_is_no_model_or_no_dev_data_is_refused()
    {
        Assert.Equal(2, await TrainingCli.RunAsync(["calibrate", "--model", _root, "--dev", _root]));
        var folder = TinyNerModel.Create(Path.Combine(_root, "models"), ["en"]);
        Assert.Equal(2, await TrainingCli.RunAsync(["calibrate", "--model", folder]));
        Assert.False(File.Exists(Path.Combine(folder, ModelCalibration.FileName)));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
