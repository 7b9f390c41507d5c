using Microsoft.Extensions.Logging;

namespace EntityGraph.Grains.Curation;

/// <summary>Source-generated log messages of curation (event ids 2100-2109).</summary>
internal static partial class CurationLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Curation {Operation} left entity {EntityId}; {KeyCount} key link(s) refreshed")]
    public static partial void Curated(ILogger logger, string operation, string entityId, int keyCount);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Curation {Operation} rejected ({Code}): {Reason}")]
    public static partial void Rejected(ILogger logger, string operation, string code, string reason);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Alias import: {Rows} rows, {Created} entities created, {Aliases} aliases added, {Keys} keys linked, {Merged} entities merged")]
    public static partial void Imported(ILogger logger, int rows, int created, int aliases, int keys, int merged);
}
