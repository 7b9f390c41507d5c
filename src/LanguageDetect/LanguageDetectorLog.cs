using Microsoft.Extensions.Logging;

namespace EntityGraph.LanguageDetect;

internal static partial class LanguageDetectorLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Language detector ready: {ModelCount} n-gram models, {LanguageCount} languages, profiles from {Source} ({ElapsedMilliseconds} ms)")]
    public static partial void Ready(ILogger logger, int modelCount, int languageCount, string source, long elapsedMilliseconds);
}
