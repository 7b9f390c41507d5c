namespace EntityGraph.Storage;

/// <summary>Codes carried by <see cref="GraphStoreException"/>.</summary>
public static class GraphStoreErrorCodes
{
    /// <summary>A document field is missing or out of range (id, hash, language, confidence...).</summary>
    public const string InvalidDocument = "INVALID_DOCUMENT";

    /// <summary>A mention is malformed: span outside the text, start &gt;= end, text not equal to the span, bad confidence.</summary>
    public const string InvalidMention = "INVALID_MENTION";

    /// <summary>The same entity appears twice at the same span of one document.</summary>
    public const string DuplicateMention = "DUPLICATE_MENTION";

    /// <summary>An entity write is malformed, or one id is written twice with different data.</summary>
    public const string InvalidEntity = "INVALID_ENTITY";

    /// <summary>A mention links to an entity that is neither stored nor part of the write.</summary>
    public const string UnknownEntity = "UNKNOWN_ENTITY";

    /// <summary>A tag name is empty, duplicated, or its score is outside [0,1].</summary>
    public const string InvalidTag = "INVALID_TAG";

    /// <summary>A query argument is out of range (negative paging values, empty ids).</summary>
    public const string InvalidQuery = "INVALID_QUERY";

    /// <summary>A curation operation names an entity or mention that is not stored.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>A curation operation is malformed (merging an entity into itself, splitting off every mention, blank names...).</summary>
    public const string InvalidCuration = "INVALID_CURATION";

    /// <summary>An alias's key already links to another entity; merge the two entities instead.</summary>
    public const string KeyConflict = "KEY_CONFLICT";

    /// <summary>The database failed; the operation was rolled back.</summary>
    public const string StorageFailure = "STORAGE_FAILURE";

    /// <summary>The database file was written by a newer schema version than this code knows.</summary>
    public const string UnsupportedSchema = "UNSUPPORTED_SCHEMA";
}
