namespace EntityGraph.GraphApi.Errors;

/// <summary>
/// Codes the API writes to <c>errors[].extensions.code</c>. Codes raised by the pipeline
/// (EMPTY_TEXT, TEXT_TOO_LARGE, INVALID_INPUT, MODEL_UNAVAILABLE) and input codes of the store (INVALID_TAG...) pass through unchanged.
/// </summary>
public static class ApiErrorCodes
{
    /// <summary>An id given to a lookup field or mutation does not exist; the field is null.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>A query argument is out of range: <c>first</c> below 0 or above the page limit, a bad cursor, an over-long search.</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>A mutation input was rejected (blank id or tag...).</summary>
    public const string InvalidInput = "INVALID_INPUT";

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

    /// <summary>Mutations need the Orleans cluster and none is reachable from this host.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    /// <summary>Anything unexpected; details are logged, never sent unless ExposeExceptions is on.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
