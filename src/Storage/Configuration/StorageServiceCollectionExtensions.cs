using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the graph store.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EntityGraph.Storage.IGraphStore"/> as a singleton <see cref="SqliteGraphStore"/>, with
    /// <see cref="GraphStoreOptions"/> bound from "EntityGraph:Storage" and validated at startup.
    /// <paramref name="configure"/> runs after binding (e.g. to apply a --data-dir argument).
    /// </summary>
    public static IServiceCollection AddEntityGraphStorage(this IServiceCollection services, Action<GraphStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GraphStoreOptions>().BindConfiguration(GraphStoreOptions.SectionName).ValidateOnStart();
        if (configure is not null)
        {
            options.PostConfigure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphStoreOptions>, GraphStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteGraphStore>();
        services.TryAddSingleton<EntityGraph.Storage.IGraphStore>(provider => provider.GetRequiredService<SqliteGraphStore>());
        return services;
    }
}
