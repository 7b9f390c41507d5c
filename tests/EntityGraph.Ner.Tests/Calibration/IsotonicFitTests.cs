using EntityGraph.Ner.Calibration;

namespace EntityGraph.Ner.Tests.Calibration;

public sealed class IsotonicFitTests
{
    [Fact]
    public void Scores_in_the_wrong_order_are_pooled_into_a_non_decreasing_curve()
    {
        ScoredPrediction[] predictions =
        [
            new(0.5, false), new(0.6, true), new(0.7, false), new(0.8, true), new(0.9, true), new(0.95, true),
        ];

        var curve = IsotonicFit.Fit(predictions);

        Assert.Equal([0.5, 0.6, 0.7, 0.8, 0.95], curve.Scores);
        Assert.Equal([0.0, 0.5, 0.5, 1.0, 1.0], curve.Probabilities);
        Assert.Equal(6, curve.Support);
        Assert.Equal(0.0, curve.Apply(0.1));
        Assert.Equal(0.5, curve.Apply(0.65));
        Assert.Equal(0.75, curve.Apply(0.75), 6);
        Assert.Equal(1.0, curve.Apply(0.999));
    }

    [Fact]
    public void Equal_scores_are_one_block_at_their_share_right()
    {
        var curve = IsotonicFit.Fit([new(0.9, true), new(0.9, true), new(0.9, false), new(0.9, true)]);

        Assert.Equal([0.9], curve.Scores);
        Assert.Equal([0.75], curve.Probabilities);
        Assert.Equal(0.75, curve.Apply(0.2));
    }

    [Fact]
    public void An_overconfident_model_is_brought_down_to_its_hit_rate()
    {
        var random = new Random(7);
        var predictions = Enumerable.Range(0, 5_000).Select(_ =>
        {
            var score = 0.9 + (random.NextDouble() * 0.1);
            return new ScoredPrediction(score, random.NextDouble() < (score - 0.9) * 8);
        }).ToList();

        var curve = IsotonicFit.Fit(predictions);
        var calibrated = predictions.Select(p => new ScoredPrediction(curve.Apply(p.Confidence), p.Correct)).ToList();

        Assert.True(ReliabilityTable.From(predictions, ConfidenceThresholds.Default).ExpectedCalibrationError > 0.4);
        Assert.True(ReliabilityTable.From(calibrated, ConfidenceThresholds.Default).ExpectedCalibrationError < 0.02);
    }

    [Fact]
    public void No_predictions_cannot_be_fitted() =>
        Assert.Throws<ArgumentException>(() => IsotonicFit.Fit([]));
}
