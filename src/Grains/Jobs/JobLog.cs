using Microsoft.Extensions.Logging;

namespace EntityGraph.Grains.Jobs;

internal static partial class JobLog
{
    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Job {JobId} running: {Processed} of {Total} items processed")]
    public static partial void Running(ILogger logger, string jobId, int processed, int total);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information, Message = "Job {JobId} {State}: {Processed} items processed, {Failed} failed")]
    public static partial void Finished(ILogger logger, string jobId, string state, int processed, int failed);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Warning, Message = "Job {JobId}: item {Origin} will be tried again: {Reason}")]
    public static partial void ItemRetried(ILogger logger, string jobId, string origin, string reason);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Warning, Message = "Job {JobId} stopped and will be resumed: {Reason}")]
    public static partial void Interrupted(ILogger logger, Exception exception, string jobId, string reason);
}
