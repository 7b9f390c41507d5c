namespace EntityGraph.Ner.Calibration;

/// <summary>
/// Where calibrated confidence routes an entity: at or above <see cref="Accept"/> it is processed automatically, below
/// <see cref="Reject"/> it is rejected, in between a person reviews it.
/// </summary>
public readonly record struct ConfidenceThresholds(double Accept, double Reject)
{
    /// <summary>The product's defaults: accept from 0.95, reject below 0.80.</summary>
    public static ConfidenceThresholds Default { get; } = new(0.95, 0.80);
}
