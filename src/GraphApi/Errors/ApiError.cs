using EntityGraph.Storage;
using GraphQL;

namespace EntityGraph.GraphApi.Errors;

/// <summary>
/// A client-visible GraphQL error with a stable code in <c>extensions.code</c>, and <c>extensions.retryable: true</c> when
/// the same request may succeed if sent again.
/// </summary>
public sealed class ApiError : ExecutionError
{
    public ApiError(string code, string message, Exception? innerException = null, bool retryable = false)
        : base(message, innerException)
    {
        Code = code;
        if (retryable)
        {
            this.AddExtension("retryable", true);
        }
    }

    public static ApiError NotFound(string kind, string id) =>
        new(ErrorCodes.NotFound, $"No {kind} with id '{id}'.");

    public static ApiError InvalidArgument(string message) => new(ErrorCodes.InvalidArgument, message);

    public static ApiError InvalidInput(string message) => new(ErrorCodes.InvalidInput, message);
}
