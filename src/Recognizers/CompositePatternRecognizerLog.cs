using Microsoft.Extensions.Logging;

namespace EntityGraph.Recognizers;

internal static partial class CompositePatternRecognizerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Pattern recognizer {Recognizer} gave up on a text of {Length} characters (regex timeout); its matches are skipped")]
    public static partial void RecognizerTimedOut(ILogger logger, string recognizer, int length, Exception exception);
}
