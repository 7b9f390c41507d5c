namespace EntityGraph.Ner.Calibration;

/// <summary>
/// Fits a model's <see cref="ModelCalibration"/> from its labelled dev predictions: an isotonic curve per language and
/// one for all languages together, and inside each a curve per entity type with at least <see cref="MinTypeSupport"/>
/// predictions (rarer types use the curve of every type).
/// </summary>
public static class CalibrationFitter
{
    /// <summary>Fewest predictions of a type for it to get a curve of its own.</summary>
    public const int MinTypeSupport = 200;

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
        var types = predictions.GroupBy(p => p.Type, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinTypeSupport)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => IsotonicFit.Fit(g.Select(p => p.Scored).ToList()), StringComparer.Ordinal);
        return new CurveSet(IsotonicFit.Fit(predictions.Select(p => p.Scored).ToList()), types);
    }
}
