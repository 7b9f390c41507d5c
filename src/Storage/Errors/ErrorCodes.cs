namespace EntityGraph.Storage;

/// <summary>
/// The one table of error codes of the product. The GraphQL API writes them to <c>errors[].extensions.code</c>, the CLI
/// prints them, the grains raise them in <c>EntityGraphException</c> and the store in <see cref="GraphStoreException"/>.
/// A code means the same thing wherever it appears.
/// </summary>
public static class ErrorCodes
{
    // Input to the pipeline (documents, texts, mutations).

    /// <summary>The text to ingest or extract is empty or only whitespace.</summary>
    public const string EmptyText = "EMPTY_TEXT";

    /// <summary>The text is larger than <c>EntityGraph:Ingest:MaxTextBytes</c>.</summary>
    public const string TextTooLarge = "TEXT_TOO_LARGE";

    /// <summary>An input was rejected: blank or over-long id or tag, invalid UTF-8, control characters, bad offsets.</summary>
    public const string InvalidInput = "INVALID_INPUT";

    /// <summary>An id given to a lookup, mutation or curation does not exist.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>No model can serve the request's language and tier.</summary>
    public const string ModelUnavailable = "MODEL_UNAVAILABLE";

    // The store's contract (raised by every backend for the same reasons).

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

    /// <summary>A tag name is empty, too long, duplicated, or its score is outside [0,1]; or a document has too many tags.</summary>
    public const string InvalidTag = "INVALID_TAG";

    /// <summary>A store query argument is out of range (negative paging values, empty ids).</summary>
    public const string InvalidQuery = "INVALID_QUERY";

    /// <summary>A curation operation is malformed (merging an entity into itself, splitting off every mention, blank names...).</summary>
    public const string InvalidCuration = "INVALID_CURATION";

    /// <summary>
    /// A review is malformed or impossible: a span outside the text or overlapping nothing sensible, a mention already at
    /// that span and type, completing a document that still has mentions in review.
    /// </summary>
    public const string InvalidReview = "INVALID_REVIEW";

    /// <summary>A job cannot make that change in its state (cancelling a job that has already finished).</summary>
    public const string InvalidJobState = "INVALID_JOB_STATE";

    /// <summary>An alias's key already links to another entity; merge the two entities instead.</summary>
    public const string KeyConflict = "KEY_CONFLICT";

    /// <summary>The database failed or cannot be reached; the operation was rolled back.</summary>
    public const string StorageFailure = "STORAGE_FAILURE";

    /// <summary>The database was written by a newer schema version than this build knows.</summary>
    public const string UnsupportedSchema = "UNSUPPORTED_SCHEMA";

    // The HTTP GraphQL endpoint.

    /// <summary>A query argument is out of range: <c>first</c> below 0 or above the page limit, a bad cursor, an over-long search.</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>The query text is not valid GraphQL syntax (HTTP 400).</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The query does not validate against the schema or its variables are wrong (HTTP 400).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The query is deeper or more complex than the configured limits (HTTP 400).</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>The HTTP request itself is malformed: not JSON, no query, bad variables (HTTP 400).</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    /// <summary>The request body is not <c>application/json</c> (HTTP 415).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>A mutation was sent with GET (HTTP 405).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The request body is over <c>MaxRequestBytes</c> (HTTP 413).</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The request carries no API key, or one that is unknown or revoked (HTTP 401).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The API key's role does not allow the operation (HTTP 403).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>A model or store call took longer than its configured limit (retryable).</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The host sheds load: its extraction slots and queue are full (HTTP 503, retryable).</summary>
    public const string Overloaded = "OVERLOADED";

    /// <summary>Over the per-key request budget (HTTP 429 with Retry-After).</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>A live API key already has that name.</summary>
    public const string NameTaken = "NAME_TAKEN";

    /// <summary>A redaction operator needs a key or salt (EntityGraph:Redaction:EncryptionKey, HashSalt) this service has not been given.</summary>
    public const string RedactionNotConfigured = "REDACTION_NOT_CONFIGURED";

    /// <summary>Mutations need the Orleans cluster and none is reachable from this host.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    /// <summary>Anything unexpected; details are logged, never sent unless ExposeExceptions is on.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    // Files read by the CLI (ingest, aliases import).

    /// <summary>A file or folder named on the command line does not exist.</summary>
    public const string FileNotFound = "FILE_NOT_FOUND";

    /// <summary>A file exists but cannot be read.</summary>
    public const string FileUnreadable = "FILE_UNREADABLE";

    /// <summary>A file holds binary data where text was expected.</summary>
    public const string BinaryFile = "BINARY_FILE";

    /// <summary>A file is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "INVALID_UTF8";

    /// <summary>A JSON line or file does not parse or lacks a required field.</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>Two documents of one run share an id.</summary>
    public const string DuplicateId = "DUPLICATE_ID";
}
