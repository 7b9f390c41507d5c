using EntityGraph.Storage;
using EntityGraph.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the graph store.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> as a singleton made by the backend that <c>EntityGraph:Storage:Provider</c> names,
    /// with <see cref="GraphStoreOptions"/> bound from "EntityGraph:Storage" and validated at startup. Backends register
    /// themselves with their own extension (<c>AddSqliteGraphStore()</c>, <c>AddPostgresGraphStore()</c>).
    /// <paramref name="configure"/> runs after binding (e.g. to apply --data-dir or --store-provider arguments).
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
        services.TryAddSingleton<IGraphStore>(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<GraphStoreOptions>>().Value;
            var backend = GraphStoreProviders.Find(provider.GetServices<IGraphStoreProvider>(), settings.Provider, out var problem)
                ?? throw new OptionsValidationException(Options.Options.DefaultName, typeof(GraphStoreOptions), [problem!]);
            return backend.Create(settings, provider.GetRequiredService<ILoggerFactory>(), provider.GetRequiredService<TimeProvider>());
        });

        // Each role of the store resolves to the one store, so a caller can ask for just the role it uses.
        services.TryAddSingleton<IDocumentStore>(provider => provider.GetRequiredService<IGraphStore>());
        services.TryAddSingleton<IGraphReader>(provider => provider.GetRequiredService<IGraphStore>());
        services.TryAddSingleton<ILinkingStore>(provider => provider.GetRequiredService<IGraphStore>());
        services.TryAddSingleton<ICurationStore>(provider => provider.GetRequiredService<IGraphStore>());
        services.TryAddSingleton<IGraphExportReader>(provider => provider.GetRequiredService<IGraphStore>());
        services.TryAddSingleton<IApiKeyStore>(provider => provider.GetRequiredService<IGraphStore>());
        services.TryAddSingleton<IJobStore>(provider => provider.GetRequiredService<IGraphStore>());
        services.TryAddSingleton<IReviewStore>(provider => provider.GetRequiredService<IGraphStore>());
        return services;
    }
}
