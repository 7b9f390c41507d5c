using EntityGraph.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EntityGraph.Silo.Hosting;

/// <summary>
/// GET /health: 200 with store totals when the store answers, 503 otherwise. GET /health/live: 200 while the process
/// serves. GET /health/ready: 200 when the store, this silo's cluster membership and the routed models are usable
/// (<see cref="ReadinessChecks"/>), 503 with the failing checks otherwise.
/// </summary>
internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapEntityGraphHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (IGraphStore store, CancellationToken cancellationToken) =>
        {
            try
            {
                var statistics = await store.GetStatisticsAsync(cancellationToken);
                return Results.Json(new
                {
                    status = "ok",
                    documents = statistics.Documents,
                    entities = statistics.Entities,
                    mentions = statistics.Mentions,
                });
            }
            catch (GraphStoreException ex)
            {
                return Results.Json(new { status = "unhealthy", error = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        endpoints.MapGet("/health/live", () => Results.Json(new { status = "live" }));
        endpoints.MapGet("/health/ready", async (IServiceProvider services, CancellationToken cancellationToken) =>
        {
            var checks = await ReadinessChecks.RunAsync(services, cancellationToken);
            var ready = checks.Values.All(ReadinessChecks.IsOk);
            return Results.Json(new { status = ready ? "ready" : "not ready", checks }, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
