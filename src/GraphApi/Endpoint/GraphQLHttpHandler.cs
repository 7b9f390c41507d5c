using EntityGraph.Storage;
using System.Text.Json;
using EntityGraph.GraphApi.Errors;
using EntityGraph.Telemetry.Metrics;
using EntityGraph.GraphApi.Execution;
using EntityGraph.GraphApi.Options;
using EntityGraph.GraphApi.Schema;
using EntityGraph.GraphApi.Security;
using EntityGraph.Security;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.GraphApi.Endpoint;

/// <summary>
/// GraphQL over HTTP: POST with a JSON body {query, variables, operationName}, or GET with query string parameters
/// (queries only). Transport errors get HTTP 4xx with a GraphQL errors body; execution errors come back with HTTP 200.
/// </summary>
internal sealed class GraphQLHttpHandler
{
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Where resolvers find the request's <see cref="Caller"/> (null in protected mode) in the user context.</summary>
    public const string CallerKey = "entitygraph.caller";

    private readonly EntityGraphSchema _schema;
    private readonly IDocumentExecuter _executer;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly ExceptionTranslator _translator;
    private readonly GraphApiOptions _options;
    private readonly ILogger<GraphQLHttpHandler> _logger;
    private readonly IValidationRule[] _validationRules;
    private readonly ApiKeyAuthenticator _authenticator;
    private readonly RequestRateLimiter _limiter;
    private readonly IOptions<SecurityOptions> _security;

    public GraphQLHttpHandler(
        EntityGraphSchema schema,
        IGraphQLTextSerializer serializer,
        ExceptionTranslator translator,
        ApiKeyAuthenticator authenticator,
        RequestRateLimiter limiter,
        IOptions<SecurityOptions> security,
        IOptions<GraphApiOptions> options,
        ILogger<GraphQLHttpHandler> logger)
    {
        _schema = schema;
        _authenticator = authenticator;
        _limiter = limiter;
        _security = security;
        _executer = EntityGraphDocumentExecuter.Create();
        _serializer = serializer;
        _translator = translator;
        _options = options.Value;
        _logger = logger;
        var complexity = new ComplexityOptions
        {
            MaxDepth = _options.MaxDepth,
            MaxComplexity = _options.MaxComplexity,
            ValidateComplexityDelegate = context =>
            {
                GraphApiLog.QueryMeasured(_logger, context.TotalImpact, context.MaxDepth);
                return Task.CompletedTask;
            },
        };
        _validationRules = [.. DocumentValidator.CoreRules, new ComplexityValidationRule(complexity)];
    }

    public async Task HandlePostAsync(HttpContext http, CancellationToken cancellationToken = default)
    {
        if (await RateLimitedAsync(http, cancellationToken))
        {
            return;
        }

        var sizeLimit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = _options.MaxRequestBytes;
        }

        if (http.Request.ContentLength > _options.MaxRequestBytes)
        {
            await RejectAsync(http, StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body is larger than {_options.MaxRequestBytes} bytes.", cancellationToken);
            return;
        }

        if (!IsJson(http.Request.ContentType))
        {
            await RejectAsync(http, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, "Send the request as application/json: {\"query\": \"...\", \"variables\": {...}}.", cancellationToken);
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = await _serializer.ReadAsync<GraphQLRequest>(http.Request.Body, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await RejectAsync(http, StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body is larger than {_options.MaxRequestBytes} bytes.", cancellationToken);
            return;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            await RejectAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, $"The body is not a GraphQL request object: {exception.Message}", cancellationToken);
            return;
        }

        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await RejectAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The request has no 'query'.", cancellationToken);
            return;
        }

        if (await ParseOrRejectAsync(http, request.Query, cancellationToken) is { } parsed)
        {
            await ExecuteAsync(http, request, parsed.Document, cancellationToken);
        }
    }

    public async Task HandleGetAsync(HttpContext http, CancellationToken cancellationToken = default)
    {
        if (await RateLimitedAsync(http, cancellationToken))
        {
            return;
        }

        var query = http.Request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            await RejectAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "Pass the GraphQL query in the 'query' parameter.", cancellationToken);
            return;
        }

        var request = new GraphQLRequest { Query = query, OperationName = NullIfBlank(http.Request.Query["operationName"].ToString()) };
        var variables = http.Request.Query["variables"].ToString();
        if (!string.IsNullOrWhiteSpace(variables))
        {
            try
            {
                request.Variables = _serializer.Deserialize<Inputs>(variables);
            }
            catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or NotSupportedException)
            {
                await RejectAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, $"'variables' is not a JSON object: {exception.Message}", cancellationToken);
                return;
            }
        }

        if (await ParseOrRejectAsync(http, query, cancellationToken) is not { } parsed)
        {
            return;
        }

        var document = parsed.Document;
        if (document is not null && SelectOperation(document, request.OperationName)?.Operation is OperationType.Mutation or OperationType.Subscription)
        {
            http.Response.Headers.Allow = "POST";
            await RejectAsync(http, StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Mutations must be sent with POST.", cancellationToken);
            return;
        }

        await ExecuteAsync(http, request, document, cancellationToken);
    }

    /// <summary>
    /// The parsed query (its document null for a syntax error, which the executor reports in the standard shape), or null
    /// after answering QUERY_TOO_COMPLEX for a query nested past the parser's depth.
    /// </summary>
    private async Task<ParsedQuery?> ParseOrRejectAsync(HttpContext http, string query, CancellationToken cancellationToken)
    {
        try
        {
            return new ParsedQuery(Parser.Parse(query));
        }
        catch (GraphQLSyntaxErrorException)
        {
            return new ParsedQuery(null);
        }
        catch (GraphQLParserException tooDeep)
        {
            await RejectAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.QueryTooComplex, $"The query cannot be parsed: {tooDeep.Description}", cancellationToken);
            return null;
        }
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLRequest request, GraphQLDocument? document, CancellationToken cancellationToken = default)
    {

        Caller? caller = null;
        if (document is not null && SelectOperation(document, request.OperationName) is { } operation)
        {
            var needs = AccessCheck.Needs(_schema, document, operation, _security.Value.RequireKeyForQueries);
            var presented = PresentedKey.Of(http.Request);
            if (needs.Count > 0 || presented is not null)
            {
                (int Status, string Code, string Message)? refusal;
                try
                {
                    var authentication = await _authenticator.AnyKeysAsync(cancellationToken)
                        ? await _authenticator.AuthenticateAsync(presented, cancellationToken)
                        : null;
                    refusal = authentication is null ? null : AccessCheck.Decide(needs, authentication);
                    caller = authentication?.Caller;
                }
                catch (GraphStoreException failure)
                {
                    GraphApiLog.KeyCheckFailed(_logger, failure);
                    refusal = (StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable, "API keys cannot be checked right now (the store is unavailable); retry the request.");
                }

                if (refusal is { } refused)
                {
                    if (refused.Status == StatusCodes.Status401Unauthorized)
                    {
                        http.Response.Headers.WWWAuthenticate = "Bearer";
                    }

                    await RejectAsync(http, refused.Status, refused.Code, refused.Message, cancellationToken);
                    return;
                }
            }
        }

        ExecutionResult result;
        try
        {
            result = await _executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = _schema,
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                UserContext = new Dictionary<string, object?> { [CallerKey] = caller },
                CancellationToken = cancellationToken,
                ValidationRules = _validationRules,
                UnhandledExceptionDelegate = _translator.HandleAsync,
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }

        var status = ResultErrorClassifier.Classify(result);
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            http.Response.Headers.RetryAfter = "1";
        }

        GraphApiLog.RequestAnswered(_logger, status, result.Errors?.Count ?? 0);
        await WriteAsync(http, status, result, cancellationToken);
    }

    private async Task<bool> RateLimitedAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (_limiter.TryAdmit(http) is not { } retryAfter)
        {
            return false;
        }

        http.Response.Headers.RetryAfter = RequestRateLimiter.Seconds(retryAfter);
        await RejectAsync(http, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, $"Too many requests: at most {_security.Value.RequestsPerMinute} a minute per API key (or client address); retry after {retryAfter} s.", cancellationToken);
        return true;
    }

    private async Task RejectAsync(HttpContext http, int status, string code, string message, CancellationToken cancellationToken = default)
    {
        GraphApiLog.RequestRejected(_logger, status, code, message);
        await WriteAsync(http, status, new ExecutionResult(new ApiError(code, message)), cancellationToken);
    }

    private async Task WriteAsync(HttpContext http, int status, ExecutionResult result, CancellationToken cancellationToken = default)
    {
        foreach (var error in result.Errors ?? [])
        {
            EntityGraphMetrics.ErrorAnswered(error.Code ?? ErrorCodes.InternalServerError);
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = JsonContentType;
        await _serializer.WriteAsync(http.Response.Body, result, cancellationToken);
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToArray();
        return operationName is null
            ? operations.Length == 1 ? operations[0] : null
            : operations.FirstOrDefault(operation => operation.Name?.StringValue == operationName);
    }

    private sealed record ParsedQuery(GraphQLDocument? Document);

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && MediaTypeIsJson(contentType.Split(';', 2)[0].Trim());

    private static bool MediaTypeIsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase);

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
