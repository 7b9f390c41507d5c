using EntityGraph.GraphApi.Endpoint;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

public static class GraphApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps POST and GET <paramref name="pattern"/> (GraphQL over HTTP) and GET <paramref name="pattern"/>/ui (the IDE page, with its script and style sheet under ui/).
    /// Needs <see cref="Microsoft.Extensions.DependencyInjection.GraphApiServiceCollectionExtensions.AddEntityGraphApi"/> and an <c>IGraphStore</c>; mutations also need Orleans.
    /// </summary>
    public static RouteGroupBuilder MapEntityGraphApi(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var endpoint = "/" + pattern.Trim('/');
        var group = endpoints.MapGroup(endpoint);
        group.MapPost("", http => Handler(http).HandlePostAsync(http, http.RequestAborted));
        group.MapGet("", http => Handler(http).HandleGetAsync(http, http.RequestAborted));
        group.MapGet("ui", http => WriteIdeAsync(http, "text/html; charset=utf-8", page => page.Render(endpoint)));
        foreach (var (name, contentType) in IdePage.Assets)
        {
            group.MapGet("ui/" + name, http => WriteIdeAsync(http, contentType, page => page.Asset(name)));
        }

        return group;
    }

    private static Task WriteIdeAsync(HttpContext http, string contentType, Func<IdePage, string> content)
    {
        var page = http.RequestServices.GetRequiredService<IdePage>();
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentSecurityPolicy = IdePage.ContentSecurityPolicy;
        return http.Response.WriteAsync(content(page), http.RequestAborted);
    }

    private static GraphQLHttpHandler Handler(HttpContext http) => http.RequestServices.GetRequiredService<GraphQLHttpHandler>();
}
