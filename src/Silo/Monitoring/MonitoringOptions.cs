namespace EntityGraph.Silo.Monitoring;

/// <summary>What the server exposes for operators, bound from <c>EntityGraph:Monitoring</c>.</summary>
public sealed class MonitoringOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "EntityGraph:Monitoring";

    /// <summary>The log formats: <c>text</c> (one line per entry) and <c>json</c> (one JSON object per entry, with its scopes).</summary>
    public static readonly IReadOnlyList<string> LogFormats = ["text", "json"];

    /// <summary>Serve OpenTelemetry metrics in Prometheus text format at <c>/metrics</c>.</summary>
    public bool Metrics { get; set; } = true;

    /// <summary>Mount the Orleans Dashboard at <c>/dashboard</c>.</summary>
    public bool Dashboard { get; set; } = true;

    /// <summary>Console log format: <c>text</c> or <c>json</c>.</summary>
    public string LogFormat { get; set; } = "text";

    /// <summary>How often the review queue depth gauge re-reads the store.</summary>
    public TimeSpan ReviewQueueInterval { get; set; } = TimeSpan.FromSeconds(15);
}
