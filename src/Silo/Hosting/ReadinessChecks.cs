using EntityGraph.Ner;
using EntityGraph.Ner.Runtime;
using EntityGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace EntityGraph.Silo.Hosting;

/// <summary>
/// What /health/ready checks: the store answers, this silo is an active member of its cluster, and every model the
/// manifest routes (and the fallback) has its folder. Each check gives "ok" or the reason it failed.
/// </summary>
internal static class ReadinessChecks
{
    public static async Task<IReadOnlyDictionary<string, string>> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["store"] = await StoreAsync(services, cancellationToken),
            ["cluster"] = Cluster(services),
            ["models"] = Models(services),
        };
    }

    public static bool IsOk(string result) => result.StartsWith("ok", StringComparison.Ordinal);

    private static async Task<string> StoreAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            var statistics = await services.GetRequiredService<IGraphStore>().GetStatisticsAsync(cancellationToken);
            return $"ok ({statistics.Documents} documents)";
        }
        catch (GraphStoreException ex)
        {
            return ex.Message;
        }
    }

    private static string Cluster(IServiceProvider services)
    {
        if (services.GetService<IClusterMembershipService>() is not { } membership || services.GetService<ILocalSiloDetails>() is not { } local)
        {
            return "no silo runs in this process";
        }

        var status = membership.CurrentSnapshot.GetSiloStatus(local.SiloAddress);
        var active = membership.CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        return status == SiloStatus.Active ? $"ok ({active} active silo{(active == 1 ? "" : "s")})" : $"this silo is {status}";
    }

    private static string Models(IServiceProvider services)
    {
        if (services.GetService<ModelCatalog>() is not { } catalog)
        {
            return "no NER runtime in this process";
        }

        try
        {
            var manifest = catalog.Manifest;
            var routed = manifest.Routes.Values.SelectMany(r => new[] { r.Best, r.Fast })
                .Append(manifest.Fallback)
                .OfType<string>()
                .Where(id => id.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var missing = routed.Where(id => manifest.Models.FirstOrDefault(m => m.Id == id) is not { } model || !Directory.Exists(Path.Combine(catalog.Root, model.Path))).ToList();
            return missing.Count == 0 ? $"ok ({routed.Count} routed models)" : $"routed models missing: {string.Join(", ", missing)}";
        }
        catch (Exception ex) when (ex is ModelUnavailableException or IOException or InvalidOperationException or System.Text.Json.JsonException)
        {
            return ex.Message;
        }
    }
}
