using EntityGraph.Ner.Calibration;

namespace EntityGraph.Ner.Tests.Calibration;

public sealed class ReliabilityTableTests
{
    [Fact]
    public void Bins_error_and_threshold_shares_are_counted_from_the_predictions()
    {
        ScoredPrediction[] predictions =
        [
            new(0.99, true), new(0.97, true), new(0.96, false), new(1.0, true),
            new(0.85, true), new(0.82, false),
            new(0.40, false), new(0.05, false),
        ];

        var table = ReliabilityTable.From(predictions, ConfidenceThresholds.Default);

        Assert.Equal(ReliabilityTable.BinCount, table.Bins.Count);
        Assert.Equal(4, table.Bins[9].Count);
        Assert.Equal(0.98, table.Bins[9].MeanConfidence!.Value, 6);
        Assert.Equal(0.75, table.Bins[9].Accuracy);
        Assert.Equal((2, 0.5), (table.Bins[8].Count, table.Bins[8].Accuracy!.Value));
        Assert.Null(table.Bins[5].Accuracy);
        var expected = ((4 * 0.23) + (2 * (0.835 - 0.5)) + (1 * 0.40) + (1 * 0.05)) / 8;
        Assert.Equal(expected, table.ExpectedCalibrationError, 6);
        Assert.Equal((0.5, 0.25, 0.25), (table.AcceptedShare, table.ReviewShare, table.RejectedShare));
        Assert.Equal(0.75, table.AcceptedPrecision);
    }

    [Fact]
    public void Nothing_accepted_has_no_precision()
    {
        var table = ReliabilityTable.From([new(0.5, true)], ConfidenceThresholds.Default);

        Assert.Null(table.AcceptedPrecision);
        Assert.Equal(1.0, table.RejectedShare);
    }
}
