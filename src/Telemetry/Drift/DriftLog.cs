using Microsoft.Extensions.Logging;

namespace EntityGraph.Telemetry.Drift;

internal static partial class DriftLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Model {Model} drifts in language {Language}: confidence PSI {ConfidencePsi:F3}, type-mix PSI {TypePsi:F3} over the last {Entities} entities (threshold {Threshold})")]
    public static partial void Drifting(ILogger logger, string model, string language, double confidencePsi, double typePsi, int entities, double threshold);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Model {Model} is back within its baseline in language {Language}: confidence PSI {ConfidencePsi:F3}, type-mix PSI {TypePsi:F3}")]
    public static partial void Recovered(ILogger logger, string model, string language, double confidencePsi, double typePsi);
}
