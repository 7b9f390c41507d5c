using Microsoft.Extensions.Logging;

namespace EntityGraph.Silo.Monitoring;

internal static partial class MonitoringLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "The review queue depth could not be read from the store: {Reason}")]
    public static partial void ReviewQueueUnreadable(ILogger logger, string reason);
}
