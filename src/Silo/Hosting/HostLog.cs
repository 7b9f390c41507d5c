using Microsoft.Extensions.Logging;

namespace EntityGraph.Silo.Hosting;

internal static partial class HostLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "EntityGraph API listening on {Addresses}; GraphQL at /graphql, health at /health")]
    public static partial void Listening(ILogger logger, string addresses);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "The store holds {Documents} documents; sample corpus not loaded")]
    public static partial void SamplesNotNeeded(ILogger logger, long documents);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Loading the sample corpus from {Path} into the empty store")]
    public static partial void SamplesLoading(ILogger logger, string path);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Sample corpus loaded: {Summary}")]
    public static partial void SamplesLoaded(ILogger logger, string summary);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Sample document {Origin} failed: {Code}: {Message}")]
    public static partial void SampleFailed(ILogger logger, string origin, string code, string message);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Sample corpus file {Path} not found; nothing loaded")]
    public static partial void SamplesMissing(ILogger logger, string path);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "Loading the sample corpus failed")]
    public static partial void SamplesFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "The store at {Location} was not closed cleanly (process {ProcessId}); checked it: integrity {Integrity}, {Problems} count problems")]
    public static partial void UncleanStopChecked(ILogger logger, string location, int processId, string integrity, int problems);
}
