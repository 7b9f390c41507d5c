namespace EntityGraph.Ner.Calibration;

/// <summary>
/// How well confidences match outcomes: ten equal-width bins over [0,1] (the last includes 1), each with its count,
/// mean confidence and share right; the expected calibration error (the count-weighted mean gap between the two); and
/// what the accept/reject thresholds do: the shares accepted, sent to review and rejected, and the precision of the
/// accepted.
/// </summary>
public sealed record ReliabilityTable(
    IReadOnlyList<ReliabilityBin> Bins,
    double ExpectedCalibrationError,
    int Predictions,
    double AcceptedShare,
    double ReviewShare,
    double RejectedShare,
    double? AcceptedPrecision)
{
    /// <summary>Bins in the table.</summary>
    public const int BinCount = 10;

    public static ReliabilityTable From(IReadOnlyCollection<ScoredPrediction> predictions, ConfidenceThresholds thresholds) =>
        From(predictions.Select(p => (p, thresholds)).ToList());

    /// <summary>As the other overload, each prediction routed by its own thresholds (per language and type).</summary>
    public static ReliabilityTable From(IReadOnlyCollection<(ScoredPrediction Prediction, ConfidenceThresholds Thresholds)> routed)
    {
        ArgumentNullException.ThrowIfNull(routed);
        var predictions = routed.Select(r => r.Prediction).ToList();
        var bins = Enumerable.Range(0, BinCount).Select(i =>
        {
            var members = predictions.Where(p => Bin(p.Confidence) == i).ToList();
            return new ReliabilityBin(
                (double)i / BinCount,
                (double)(i + 1) / BinCount,
                members.Count,
                members.Count == 0 ? null : members.Average(p => p.Confidence),
                members.Count == 0 ? null : members.Count(p => p.Correct) / (double)members.Count);
        }).ToList();
        var total = predictions.Count;
        var error = total == 0 ? 0 : bins.Where(b => b.Count > 0).Sum(b => b.Count * Math.Abs(b.MeanConfidence!.Value - b.Accuracy!.Value)) / total;
        var accepted = routed.Where(r => r.Prediction.Confidence >= r.Thresholds.Accept).Select(r => r.Prediction).ToList();
        var rejected = routed.Count(r => r.Prediction.Confidence < r.Thresholds.Reject);
        return new ReliabilityTable(
            bins,
            error,
            total,
            Share(accepted.Count, total),
            Share(total - accepted.Count - rejected, total),
            Share(rejected, total),
            accepted.Count == 0 ? null : accepted.Count(p => p.Correct) / (double)accepted.Count);
    }

    private static int Bin(double confidence) => Math.Clamp((int)Math.Floor(confidence * BinCount), 0, BinCount - 1);

    private static double Share(int part, int total) => total == 0 ? 0 : (double)part / total;
}

/// <summary>One bin of a <see cref="ReliabilityTable"/>: confidences in [From, To) (the last bin includes 1).</summary>
public sealed record ReliabilityBin(double From, double To, int Count, double? MeanConfidence, double? Accuracy);
