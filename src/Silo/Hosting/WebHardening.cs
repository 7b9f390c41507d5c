using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Silo.Hosting;

/// <summary>
/// Browser-facing defaults of the HTTP API: every response says nosniff, no framing and no referrer; cross-origin calls
/// are refused (no CORS headers) unless <see cref="ServerOptions.AllowedOrigins"/> lists the origin.
/// </summary>
public static class WebHardening
{
    private const string CorsPolicy = "entitygraph-origins";

    public static void AddServices(IServiceCollection services, ServerOptions server)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (server.AllowedOriginList.Count > 0)
        {
            services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins([.. server.AllowedOriginList])
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", "Authorization", "X-Api-Key")));
        }
    }

    public static void Use(WebApplication app, ServerOptions server)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(server);
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            }

            return next(http);
        });
        if (server.AllowedOriginList.Count > 0)
        {
            app.UseCors(CorsPolicy);
        }
    }
}
