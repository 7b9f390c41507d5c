using EntityGraph.Telemetry.Drift;

namespace EntityGraph.Telemetry.Tests.Drift;

public sealed class DriftBaselineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entitygraph-drift-").FullName;

    [Fact]
    public void A_baseline_counts_bins_and_types_per_language_and_survives_a_round_trip()
    {
        var baseline = DriftBaseline.From(
            [("en", "PER", 0.95), ("en", "PER", 0.99), ("en", "ORG", 0.45), ("de", "LOC", 0.05)],
            ["en/a.dev", "de/b.dev"]);
        baseline.Save(_folder);

        var loaded = DriftBaseline.Load(_folder)!;

        Assert.Equal(["en/a.dev", "de/b.dev"], loaded.FittedOn);
        Assert.Equal(4, loaded.All.Entities);
        Assert.Equal(3, loaded.For("en").Entities);
        Assert.Equal(2.0 / 3, loaded.For("en").Confidence[9], 5);
        Assert.Equal(1.0 / 3, loaded.For("en").Confidence[4], 5);
        Assert.Equal(2.0 / 3, loaded.For("en").Types["PER"], 5);
        Assert.Equal(1.0, loaded.For("de").Confidence[0], 5);
        Assert.Same(loaded.All, loaded.For("it"));
    }

    [Fact]
    public void A_folder_without_a_baseline_has_none_and_a_broken_one_is_refused()
    {
        Assert.Null(DriftBaseline.Load(_folder));

        File.WriteAllText(Path.Combine(_folder, DriftBaseline.FileName), """{"fittedOn":[],"all":{"entities":1,"confidence":[1.0],"types":{}},"languages":{}}""");
        Assert.Contains("10 confidence shares", Assert.Throws<InvalidDataException>(() => DriftBaseline.Load(_folder)).Message, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_folder, DriftBaseline.FileName), "[1,");
        Assert.Throws<InvalidDataException>(() => DriftBaseline.Load(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
