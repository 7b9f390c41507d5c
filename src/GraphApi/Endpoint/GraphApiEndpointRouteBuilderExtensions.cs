using EntityGraph.GraphApi.Endpoint;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the GraphQL endpoint, its pages (GraphiQL, the reviewer page) and the explorer.</summary>
public static class GraphApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps POST and GET <paramref name="pattern"/> (GraphQL over HTTP), GET <paramref name="pattern"/>/ui (GraphiQL, with its
    /// scripts, workers and style sheets under ui/) and GET <paramref name="pattern"/>/review (the reviewer page, its assets under review/).
    /// Needs <see cref="Microsoft.Extensions.DependencyInjection.GraphApiServiceCollectionExtensions.AddEntityGraphApi"/> and an <c>IGraphStore</c>; mutations also need Orleans.
    /// </summary>
    public static RouteGroupBuilder MapEntityGraphApi(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var endpoint = Endpoint(pattern);
        var group = endpoints.MapGroup(endpoint);
        group.MapPost("", http => Handler(http).HandlePostAsync(http, http.RequestAborted));
        group.MapGet("", http => Handler(http).HandleGetAsync(http, http.RequestAborted));
        foreach (var page in EmbeddedPage.UnderEndpoint)
        {
            MapPage(group, page, endpoint);
        }

        return group;
    }

    /// <summary>
    /// Maps the explorer at GET / (its scripts and style sheet under /explorer/), which reads everything through the
    /// GraphQL endpoint mapped at <paramref name="apiPattern"/> by <see cref="MapEntityGraphApi"/>. Its pages are
    /// hash routes (<c>/#/entity/ID</c>), so the server needs no fallback route.
    /// </summary>
    public static RouteGroupBuilder MapEntityGraphExplorer(this IEndpointRouteBuilder endpoints, string apiPattern = "/graphql")
    {
        var group = endpoints.MapGroup("/");
        MapPage(group, EmbeddedPage.Explorer, Endpoint(apiPattern));
        return group;
    }

    private static void MapPage(RouteGroupBuilder group, EmbeddedPage page, string endpoint)
    {
        group.MapGet(page.Path, http => WriteAsync(http, page, "text/html; charset=utf-8", page.Render(endpoint)));
        foreach (var (name, contentType) in page.Assets)
        {
            group.MapGet($"{page.AssetPath}/{name}", http => WriteAsync(http, page, contentType, page.Asset(name)));
        }
    }

    private static Task WriteAsync(HttpContext http, EmbeddedPage page, string contentType, byte[] content)
    {
        http.Response.ContentType = contentType;
        http.Response.ContentLength = content.Length;
        http.Response.Headers.ContentSecurityPolicy = page.ContentSecurityPolicyValue;
        return http.Response.Body.WriteAsync(content, http.RequestAborted).AsTask();
    }

    private static string Endpoint(string pattern) => "/" + pattern.Trim('/');

    private static GraphQLHttpHandler Handler(HttpContext http) => http.RequestServices.GetRequiredService<GraphQLHttpHandler>();
}
