using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Relational;

/// <summary>Source-generated log messages of the graph store, shared by every backend (event ids 3100-3199).</summary>
public static partial class GraphStoreLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Graph store ({Provider}) {Location} is at schema version {Version}")]
    public static partial void SchemaReady(ILogger logger, string provider, string location, int version);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Graph store ({Provider}) {Location} migrated from schema version {FromVersion} to {ToVersion}")]
    public static partial void SchemaMigrated(ILogger logger, string provider, string location, int fromVersion, int toVersion);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Graph store {Path} could not switch to WAL journaling (mode is {Mode}); concurrent reads will block on writes")]
    public static partial void WalUnavailable(ILogger logger, string path, string mode);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Debug, Message = "Graph store {Path}: write-ahead log checkpointed from {Bytes} bytes (readers kept it busy: {Busy})")]
    public static partial void WalCheckpointed(ILogger logger, string path, long bytes, bool busy);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "Graph store {Path}: write-ahead log checkpoint failed")]
    public static partial void WalCheckpointFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Error, Message = "Graph store ({Provider}) {Location} cannot be opened: {Reason}")]
    public static partial void OpenFailed(ILogger logger, string provider, string location, string reason);


    [LoggerMessage(EventId = 3110, Level = LogLevel.Debug, Message = "Document {DocumentId} {Outcome} with {MentionCount} mentions of {EntityCount} entities")]
    public static partial void DocumentWritten(ILogger logger, string documentId, DocumentWriteOutcome outcome, int mentionCount, int entityCount);

    [LoggerMessage(EventId = 3111, Level = LogLevel.Debug, Message = "Document {DocumentId} has the stored content hash; nothing written")]
    public static partial void DocumentUnchanged(ILogger logger, string documentId);

    [LoggerMessage(EventId = 3112, Level = LogLevel.Warning, Message = "Rejected write of document {DocumentId}: {Code} {Reason}")]
    public static partial void WriteRejected(ILogger logger, string documentId, string code, string reason);

    [LoggerMessage(EventId = 3113, Level = LogLevel.Error, Message = "Write of document {DocumentId} failed and was rolled back")]
    public static partial void WriteFailed(ILogger logger, Exception exception, string documentId);

    [LoggerMessage(EventId = 3114, Level = LogLevel.Warning, Message = "Entity key {EntityType}|{NormalizedKey} already links to another entity; new entity {EntityId} was created without it")]
    public static partial void EntityKeyTaken(ILogger logger, string entityType, string normalizedKey, string entityId);

    [LoggerMessage(EventId = 3120, Level = LogLevel.Debug, Message = "Document {DocumentId}: {Added} manual tag(s) added, {Removed} removed")]
    public static partial void TagsChanged(ILogger logger, string documentId, int added, int removed);

    [LoggerMessage(EventId = 3121, Level = LogLevel.Error, Message = "Graph store operation {Operation} failed")]
    public static partial void OperationFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(EventId = 3130, Level = LogLevel.Information, Message = "Curation {Operation} committed")]
    public static partial void Curated(ILogger logger, string operation);

    [LoggerMessage(EventId = 3131, Level = LogLevel.Warning, Message = "Rejected curation {Operation}: {Code} {Reason}")]
    public static partial void CurationRejected(ILogger logger, string operation, string code, string reason);
}
