using Microsoft.Extensions.Logging;

namespace EntityGraph.Silo.Jobs;

internal static partial class JobHostLog
{
    [LoggerMessage(EventId = 1301, Level = LogLevel.Debug, Message = "Job {JobId} is running")]
    public static partial void Resumed(ILogger logger, string jobId);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "Looking for unfinished jobs failed; trying again later: {Reason}")]
    public static partial void ResumeFailed(ILogger logger, Exception exception, string reason);
}
