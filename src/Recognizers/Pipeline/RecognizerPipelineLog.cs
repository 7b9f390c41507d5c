using Microsoft.Extensions.Logging;

namespace EntityGraph.Recognizers.Pipeline;

/// <summary>Log messages of <see cref="RecognizerPipeline"/>.</summary>
internal static partial class RecognizerPipelineLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Recognizer {Recognizer} timed out on a text of {Length} characters and was skipped for it")]
    public static partial void RecognizerTimedOut(ILogger logger, string recognizer, int length, Exception exception);
}
