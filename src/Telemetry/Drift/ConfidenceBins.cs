namespace EntityGraph.Telemetry.Drift;

/// <summary>Ten equal confidence bins, [0, 0.1) ... [0.9, 1], as drift baselines and windows count them.</summary>
public static class ConfidenceBins
{
    /// <summary>Number of bins.</summary>
    public const int Count = 10;

    /// <summary>The bin of a confidence in [0, 1] (values outside are clamped).</summary>
    public static int Of(double confidence) => double.IsNaN(confidence) ? 0 : Math.Clamp((int)(confidence * Count), 0, Count - 1);
}
