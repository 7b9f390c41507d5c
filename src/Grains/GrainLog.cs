using EntityGraph.Storage;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Grains;

internal static partial class GrainLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Document {DocumentId} {Outcome}: language {Language}, {MentionCount} mentions of {EntityCount} entities")]
    public static partial void DocumentIngested(ILogger logger, string documentId, DocumentWriteOutcome outcome, string language, int mentionCount, int entityCount);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Document {DocumentId} unchanged")]
    public static partial void DocumentUnchanged(ILogger logger, string documentId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Document {DocumentId} rejected ({Code}): {Reason}")]
    public static partial void DocumentRejected(ILogger logger, string documentId, string code, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "Document {DocumentId} failed")]
    public static partial void DocumentFailed(ILogger logger, Exception exception, string documentId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Model {ModelId} returned the span [{Start},{End}) outside a text of length {Length}; ignored")]
    public static partial void InvalidSpan(ILogger logger, string modelId, int start, int end, int length);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "No model serves language {Language}: {Reason}")]
    public static partial void ModelUnavailable(ILogger logger, string language, string reason);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Document {DocumentId}: {Added} manual tag(s) added, {Removed} removed (document found: {Found})")]
    public static partial void TagsChanged(ILogger logger, string documentId, int added, int removed, bool found);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "Document {DocumentId}: mention {MentionId} reviewed ({Action}), now {Status}")]
    public static partial void MentionReviewed(ILogger logger, string documentId, long mentionId, string action, string status);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "Document {DocumentId}: review complete")]
    public static partial void ReviewCompleted(ILogger logger, string documentId);
}
