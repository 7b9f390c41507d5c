namespace EntityGraph.Ner.Calibration;

/// <summary>Thresholds for a language, a type or a type in a language; an unset one keeps the less specific value.</summary>
public sealed class ThresholdOverride
{
    public double? Accept { get; set; }

    public double? Reject { get; set; }
}
