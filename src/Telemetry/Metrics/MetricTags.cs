namespace EntityGraph.Telemetry.Metrics;

/// <summary>Tag (label) names used on the <c>EntityGraph</c> meter.</summary>
public static class MetricTags
{
    public const string Format = "format";
    public const string Outcome = "outcome";
    public const string Code = "code";
    public const string Language = "language";
    public const string Type = "type";
    public const string Status = "status";
    public const string Model = "model";
    public const string Kind = "kind";
}
