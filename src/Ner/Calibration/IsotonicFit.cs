namespace EntityGraph.Ner.Calibration;

/// <summary>
/// Isotonic regression by pool-adjacent-violators: the non-decreasing step function of the raw score that best fits
/// right (1) and wrong (0) in squared error. Each pooled block becomes two knots (its lowest and highest score at its
/// share of right predictions), so the curve is flat inside a block and linear between blocks.
/// </summary>
public static class IsotonicFit
{
    public static CalibrationCurve Fit(IReadOnlyCollection<ScoredPrediction> predictions) =>
        FitWeighted(predictions.Select(p => (p, 1.0)).ToList());

    /// <summary>Fits with a weight per prediction (for example so that each dev set counts as much as any other).</summary>
    public static CalibrationCurve FitWeighted(IReadOnlyCollection<(ScoredPrediction Prediction, double Weight)> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        if (predictions.Count == 0)
        {
            throw new ArgumentException("Calibration needs at least one prediction.", nameof(predictions));
        }

        var sorted = predictions.OrderBy(p => p.Prediction.Confidence).ToList();
        var blocks = new List<Block>(sorted.Count);
        foreach (var group in sorted.GroupBy(p => p.Prediction.Confidence))
        {
            var block = new Block(group.Key, group.Key, group.Where(p => p.Prediction.Correct).Sum(p => p.Weight), group.Sum(p => p.Weight));
            while (blocks.Count > 0 && blocks[^1].Mean >= block.Mean)
            {
                block = blocks[^1].Join(block);
                blocks.RemoveAt(blocks.Count - 1);
            }

            blocks.Add(block);
        }

        var scores = new List<double>(blocks.Count * 2);
        var probabilities = new List<double>(blocks.Count * 2);
        foreach (var block in blocks)
        {
            scores.Add(block.Low);
            probabilities.Add(block.Mean);
            if (block.High > block.Low)
            {
                scores.Add(block.High);
                probabilities.Add(block.Mean);
            }
        }

        return new CalibrationCurve(scores.Select(Round).ToList(), probabilities.Select(Round).ToList(), predictions.Count);
    }

    private static double Round(double value) => Math.Round(value, 6);

    private readonly record struct Block(double Low, double High, double Right, double Count)
    {
        public double Mean => Right / Count;

        public Block Join(Block next) => new(Low, next.High, Right + next.Right, Count + next.Count);
    }
}
