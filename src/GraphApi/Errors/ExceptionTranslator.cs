using EntityGraph.Grains;
using EntityGraph.GraphApi.Endpoint;
using EntityGraph.GraphApi.Options;
using EntityGraph.Storage;
using GraphQL.Execution;
using Orleans.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.GraphApi.Errors;

/// <summary>
/// Turns exceptions escaping resolvers into client errors: typed pipeline and store input errors keep their code; a silo
/// that died or did not answer in time is SERVICE_UNAVAILABLE with <c>extensions.retryable</c>; anything else is logged
/// and reported as INTERNAL_SERVER_ERROR without details.
/// </summary>
internal sealed class ExceptionTranslator(IOptions<GraphApiOptions> options, ILogger<ExceptionTranslator> logger)
{
    private const string InternalMessage = "Internal server error.";

    public Task HandleAsync(UnhandledExceptionContext context)
    {
        context.Exception = Translate(context.OriginalException, context.FieldContext?.ResponsePath);
        return Task.CompletedTask;
    }

    private ApiError Translate(Exception exception, IEnumerable<object>? path)
    {
        switch (exception)
        {
            case EntityGraphException pipeline:
                return new ApiError(pipeline.Code, pipeline.Message, retryable: pipeline.Retryable);
            case TimeoutException:
                return new ApiError(ErrorCodes.Timeout, "A silo did not answer within its response timeout; retry the request.", retryable: true);
            case GraphStoreException { InnerException: TimeoutException or { InnerException: TimeoutException } }:
                return new ApiError(ErrorCodes.Timeout, "The store did not answer within its command timeout; retry the request.", retryable: true);
            case SiloUnavailableException or OrleansMessageRejectionException:
                return new ApiError(ErrorCodes.ServiceUnavailable, $"A silo did not answer ({exception.GetType().Name}); retry the request.", retryable: true);
            case GraphStoreException { IsInvalidInput: true } store:
                return new ApiError(store.Code, store.Message);
        }

        var where = path is null ? "(request)" : string.Join('.', path);
        GraphApiLog.UnhandledException(logger, where, exception);
        return options.Value.ExposeExceptions
            ? new ApiError(ErrorCodes.InternalServerError, exception.Message, exception)
            : new ApiError(ErrorCodes.InternalServerError, InternalMessage);
    }
}
