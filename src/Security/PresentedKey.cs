using Microsoft.AspNetCore.Http;

namespace EntityGraph.Security;

/// <summary>Where a request carries its API key: <c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c>.</summary>
public static class PresentedKey
{
    /// <summary>The key presented in <c>Authorization: Bearer</c> or <c>X-Api-Key</c>, or null.</summary>
    public static string? Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        var header = request.Headers["X-Api-Key"].ToString().Trim();
        return header.Length > 0 ? header : null;
    }
}
