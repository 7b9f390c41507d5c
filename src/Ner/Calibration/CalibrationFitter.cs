namespace EntityGraph.Ner.Calibration;

/// <summary>
/// Fits a model's <see cref="ModelCalibration"/> from its labelled dev predictions: an isotonic curve per language and
/// one for all languages together, and inside each a curve per entity type with at least <see cref="MinTypeSupport"/>
/// predictions (rarer types use the curve of every type). A language with fewer than <see cref="MinCurveSupport"/>
/// predictions gets one probability for all its entities, their precision: on so few, the steps of an isotonic curve
/// follow single entities and move when a few confidences do. Within a fit every dev set weighs the same in all, however
/// many entities it has, so a language's curve serves its small news set as well as its large Wikipedia one; and the
/// accept threshold is kept honest on each set (see <see cref="GuardAcceptance"/>).
/// </summary>
public static class CalibrationFitter
{
    /// <summary>Fewest predictions of a type for it to get a curve of its own.</summary>
    public const int MinTypeSupport = 200;

    /// <summary>Fewest predictions for a curve with steps; fewer get a constant curve at their (weighted) precision.</summary>
    public const int MinCurveSupport = 100;

    /// <summary>The runtime reports confidences to four decimals, so a capped value stays this far under the threshold.</summary>
    private const double ReportedPrecision = 1e-4;

    public static ModelCalibration Fit(IReadOnlyCollection<LabeledPrediction> predictions, IReadOnlyList<string> fittedOn)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(fittedOn);
        if (predictions.Count == 0)
        {
            throw new ArgumentException("The model predicted no entity on the dev data, so there is nothing to calibrate on.", nameof(predictions));
        }

        var languages = predictions.GroupBy(p => p.Language, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Curves(g.ToList()), StringComparer.Ordinal);
        return new ModelCalibration(ModelCalibration.Isotonic, fittedOn, Curves(predictions), languages);
    }

    private static CurveSet Curves(IReadOnlyCollection<LabeledPrediction> predictions)
    {
        if (predictions.Count < MinCurveSupport)
        {
            return GuardAcceptance(new CurveSet(Constant(Weighted(predictions)), new Dictionary<string, CalibrationCurve>(StringComparer.Ordinal)), predictions);
        }

        var types = predictions.GroupBy(p => p.Type, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinTypeSupport)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => IsotonicFit.FitWeighted(Weighted(g.ToList())), StringComparer.Ordinal);
        return GuardAcceptance(new CurveSet(IsotonicFit.FitWeighted(Weighted(predictions)), types), predictions);
    }

    /// <summary>
    /// Curves fitted on several dev sets together can promise a set more than it delivers: at the accept threshold they
    /// are right on average, not on each set. Where the entities a set would accept are less than
    /// <see cref="ConfidenceThresholds.Accept"/> precise, this finds the lowest raw score from which every set's accepted
    /// entities are, and keeps every curve just under the threshold below that score (review instead of acceptance).
    /// </summary>
    private static CurveSet GuardAcceptance(CurveSet curves, IReadOnlyCollection<LabeledPrediction> predictions)
    {
        var accept = ConfidenceThresholds.Default.Accept;
        var accepted = predictions.Where(p => curves.For(p.Type).Apply(p.Score) >= accept).ToList();
        if (AllPrecise(accepted, accept))
        {
            return curves;
        }

        var boundary = accepted.Select(p => p.Score).Distinct().Order()
            .FirstOrDefault(cut => AllPrecise(accepted.Where(p => p.Score >= cut).ToList(), accept), double.PositiveInfinity);
        var below = accept - ReportedPrecision;
        return new CurveSet(Cap(curves.All, boundary, below), curves.Types.ToDictionary(kv => kv.Key, kv => Cap(kv.Value, boundary, below), StringComparer.Ordinal));
    }

    private static bool AllPrecise(IReadOnlyCollection<LabeledPrediction> accepted, double accept) =>
        accepted.GroupBy(p => p.DevSet, StringComparer.Ordinal).All(set => set.Count(p => p.Correct) >= accept * set.Count());

    /// <summary>The curve with its probabilities held at most <paramref name="ceiling"/> for scores below <paramref name="boundary"/>.</summary>
    private static CalibrationCurve Cap(CalibrationCurve curve, double boundary, double ceiling)
    {
        if (curve.Apply(Math.BitDecrement(boundary)) <= ceiling)
        {
            return curve;
        }

        var scores = new List<double>();
        var probabilities = new List<double>();
        for (var i = 0; i < curve.Scores.Count && curve.Scores[i] < boundary; i++)
        {
            scores.Add(curve.Scores[i]);
            probabilities.Add(Math.Min(curve.Probabilities[i], ceiling));
        }

        if (!double.IsPositiveInfinity(boundary))
        {
            scores.Add(Math.BitDecrement(boundary));
            probabilities.Add(Math.Min(curve.Apply(Math.BitDecrement(boundary)), ceiling));
            scores.Add(boundary);
            probabilities.Add(Math.Max(curve.Apply(boundary), probabilities[^1]));
            for (var i = 0; i < curve.Scores.Count; i++)
            {
                if (curve.Scores[i] > boundary)
                {
                    scores.Add(curve.Scores[i]);
                    probabilities.Add(curve.Probabilities[i]);
                }
            }
        }

        return new CalibrationCurve(scores, probabilities, curve.Support);
    }

    private static CalibrationCurve Constant(IReadOnlyCollection<(ScoredPrediction Prediction, double Weight)> predictions)
    {
        var precision = Math.Round(predictions.Where(p => p.Prediction.Correct).Sum(p => p.Weight) / predictions.Sum(p => p.Weight), 6);
        return new CalibrationCurve([0.0], [precision], predictions.Count);
    }

    private static List<(ScoredPrediction, double)> Weighted(IReadOnlyCollection<LabeledPrediction> predictions)
    {
        var perSet = predictions.GroupBy(p => p.DevSet, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var mean = (double)predictions.Count / perSet.Count;
        return predictions.Select(p => (p.Scored, mean / perSet[p.DevSet])).ToList();
    }
}
