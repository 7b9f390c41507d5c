namespace EntityGraph.Ner.Calibration;

/// <summary>
/// Isotonic regression by pool-adjacent-violators: the non-decreasing step function of the raw score that best fits
/// right (1) and wrong (0) in squared error. Each pooled block becomes two knots (its lowest and highest score at its
/// share of right predictions), so the curve is flat inside a block and linear between blocks.
/// </summary>
public static class IsotonicFit
{
    public static CalibrationCurve Fit(IReadOnlyCollection<ScoredPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        if (predictions.Count == 0)
        {
            throw new ArgumentException("Calibration needs at least one prediction.", nameof(predictions));
        }

        var sorted = predictions.OrderBy(p => p.Confidence).ToList();
        var blocks = new List<Block>(sorted.Count);
        foreach (var group in sorted.GroupBy(p => p.Confidence))
        {
            var block = new Block(group.Key, group.Key, group.Count(p => p.Correct), group.Count());
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

    private readonly record struct Block(double Low, double High, int Right, int Count)
    {
        public double Mean => (double)Right / Count;

        public Block Join(Block next) => new(Low, next.High, Right + next.Right, Count + next.Count);
    }
}
