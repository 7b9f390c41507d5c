using EntityGraph.GraphApi.Endpoint;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

public static class GraphApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps POST and GET <paramref name="pattern"/> (GraphQL over HTTP) and GET <paramref name="pattern"/>/ui (the IDE page).
    /// Needs <see cref="Microsoft.Extensions.DependencyInjection.GraphApiServiceCollectionExtensions.AddEntityGraphApi"/> and an <c>IGraphStore</c>; mutations also need Orleans.
    /// </summary>
    public static RouteGroupBuilder MapEntityGraphApi(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var endpoint = "/" + pattern.Trim('/');
        var group = endpoints.MapGroup(endpoint);
        group.MapPost("", http => Handler(http).HandlePostAsync(http, http.RequestAborted));
        group.MapGet("", http => Handler(http).HandleGetAsync(http, http.RequestAborted));
        group.MapGet("ui", http =>
        {
            var page = http.RequestServices.GetRequiredService<IdePage>();
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.ContentSecurityPolicy =
                "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
            return http.Response.WriteAsync(page.Render(endpoint), http.RequestAborted);
        });
        return group;
    }

    private static GraphQLHttpHandler Handler(HttpContext http) => http.RequestServices.GetRequiredService<GraphQLHttpHandler>();
}
