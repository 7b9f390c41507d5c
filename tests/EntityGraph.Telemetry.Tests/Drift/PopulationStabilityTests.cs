using EntityGraph.Telemetry.Drift;

namespace EntityGraph.Telemetry.Tests.Drift;

public sealed class PopulationStabilityTests
{
    [Fact]
    public void Identical_distributions_have_an_index_of_zero()
    {
        double[] shares = [0.1, 0.2, 0.3, 0.4];
        Assert.Equal(0, PopulationStability.Index(shares, 1000, shares, 1000), 12);
    }

    [Fact]
    public void The_index_sums_the_difference_times_the_log_ratio_of_the_smoothed_shares()
    {
        // 100 entities each: (70.5/101, 30.5/101) against (50.5/101, 50.5/101).
        double o1 = 70.5 / 101, o2 = 30.5 / 101, e = 50.5 / 101;
        var expected = ((o1 - e) * Math.Log(o1 / e)) + ((o2 - e) * Math.Log(o2 / e));
        Assert.Equal(expected, PopulationStability.Index([0.5, 0.5], 100, [0.7, 0.3], 100), 12);
    }

    [Fact]
    public void A_category_on_one_side_only_counts_as_rare_not_as_infinite()
    {
        var baseline = new Dictionary<string, double> { ["PER"] = 1.0 };
        var observed = new Dictionary<string, double> { ["PER"] = 0.5, ["ORG"] = 0.5 };

        var index = PopulationStability.Index(baseline, 1000, observed, 100);

        Assert.True(double.IsFinite(index));
        Assert.True(index > 1);
    }

    [Fact]
    public void A_small_window_is_not_read_as_drift_for_its_empty_bins_alone()
    {
        // The baseline spreads a few percent over bins a window of 30 entities naturally leaves empty.
        double[] baseline = [0.001, 0.002, 0.005, 0.03, 0.07, 0.09, 0.06, 0.08, 0.16, 0.502];
        double[] window = [0, 0, 0, 0, 2 / 30.0, 3 / 30.0, 2 / 30.0, 2 / 30.0, 5 / 30.0, 16 / 30.0];

        Assert.True(PopulationStability.Index(baseline, 50_000, window, 30) < 0.1);
    }

    [Fact]
    public void Bins_of_different_counts_are_refused()
    {
        Assert.Throws<ArgumentException>(() => PopulationStability.Index([0.5, 0.5], 10, [1.0], 10));
    }
}
