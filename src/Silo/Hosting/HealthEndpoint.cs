using EntityGraph.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EntityGraph.Silo.Hosting;

/// <summary>GET /health: 200 with store totals when the store answers, 503 otherwise.</summary>
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
        return endpoints;
    }
}
