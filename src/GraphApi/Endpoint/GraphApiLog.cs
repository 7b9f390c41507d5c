using Microsoft.Extensions.Logging;

namespace EntityGraph.GraphApi.Endpoint;

internal static partial class GraphApiLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unexpected error while resolving {Path}")]
    public static partial void UnhandledException(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "GraphQL request rejected with HTTP {Status}: {Code} {Reason}")]
    public static partial void RequestRejected(ILogger logger, int status, string code, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "GraphQL request answered with HTTP {Status} and {ErrorCount} errors")]
    public static partial void RequestAnswered(ILogger logger, int status, int errorCount);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "GraphQL query complexity {Complexity}, depth {Depth}")]
    public static partial void QueryMeasured(ILogger logger, double complexity, int depth);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "API keys could not be checked; the request was refused")]
    public static partial void KeyCheckFailed(ILogger logger, Exception exception);
}
