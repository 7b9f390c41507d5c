using EntityGraph.GraphApi.Endpoint;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

public static class GraphApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps POST and GET <paramref name="pattern"/> (GraphQL over HTTP), GET <paramref name="pattern"/>/ui (the IDE page, with its script and
    /// style sheet under ui/) and GET <paramref name="pattern"/>/review (the reviewer page, its assets under review/).
    /// Needs <see cref="Microsoft.Extensions.DependencyInjection.GraphApiServiceCollectionExtensions.AddEntityGraphApi"/> and an <c>IGraphStore</c>; mutations also need Orleans.
    /// </summary>
    public static RouteGroupBuilder MapEntityGraphApi(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var endpoint = "/" + pattern.Trim('/');
        var group = endpoints.MapGroup(endpoint);
        group.MapPost("", http => Handler(http).HandlePostAsync(http, http.RequestAborted));
        group.MapGet("", http => Handler(http).HandleGetAsync(http, http.RequestAborted));
        foreach (var page in EmbeddedPage.All)
        {
            group.MapGet(page.Path, http => WritePageAsync(http, "text/html; charset=utf-8", page.Render(endpoint)));
            foreach (var (name, contentType) in page.Assets)
            {
                group.MapGet($"{page.Path}/{name}", http => WritePageAsync(http, contentType, page.Asset(name)));
            }
        }

        return group;
    }

    private static Task WritePageAsync(HttpContext http, string contentType, string content)
    {
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentSecurityPolicy = EmbeddedPage.ContentSecurityPolicy;
        return http.Response.WriteAsync(content, http.RequestAborted);
    }

    private static GraphQLHttpHandler Handler(HttpContext http) => http.RequestServices.GetRequiredService<GraphQLHttpHandler>();
}
