namespace EntityGraph.Telemetry.Drift;

/// <summary>Drift monitoring, bound from <c>EntityGraph:Drift</c>.</summary>
public sealed class DriftOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "EntityGraph:Drift";

    /// <summary>Entities kept per model and language (the rolling window).</summary>
    public int Window { get; set; } = 1000;

    /// <summary>Fewest entities in a window before its stability index is computed (fewer give noisy figures).</summary>
    public int MinEntities { get; set; } = 200;

    /// <summary>Population stability index above which a window counts as drifting and a warning is logged.</summary>
    public double Threshold { get; set; } = 0.2;
}
