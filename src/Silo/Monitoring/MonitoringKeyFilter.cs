using EntityGraph.Security;
using EntityGraph.Storage;
using Microsoft.AspNetCore.Http;

namespace EntityGraph.Silo.Monitoring;

/// <summary>
/// Guards an operator endpoint (<c>/metrics</c>, <c>/dashboard</c>) like the API: with no live key the server is in
/// protected mode (loopback only) and the endpoint is open; once keys exist a request needs a live key with at least
/// <paramref name="role"/> (Authorization: Bearer KEY or X-Api-Key: KEY), else 401 or 403 with the API's error codes.
/// </summary>
internal sealed class MonitoringKeyFilter(string role) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var keys = http.RequestServices.GetRequiredService<ApiKeyAuthenticator>();
        var cancellationToken = http.RequestAborted;
        if (!await keys.AnyKeysAsync(cancellationToken))
        {
            return await next(context);
        }

        var authentication = await keys.AuthenticateAsync(PresentedKey.Of(http.Request), cancellationToken);
        if (authentication.Caller is not { } caller)
        {
            return Refuse(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, $"{http.Request.Path} needs an API key: send 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'.");
        }

        return ApiRoles.Allows(caller.Role, role)
            ? await next(context)
            : Refuse(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, $"{http.Request.Path} needs the {role} role; the key '{caller.Name}' has the {caller.Role} role.");
    }

    private static IResult Refuse(int status, string code, string message) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code } } } }, statusCode: status);
}
