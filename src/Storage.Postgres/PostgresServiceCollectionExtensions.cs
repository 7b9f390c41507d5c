using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL backend.</summary>
public static class PostgresServiceCollectionExtensions
{
    /// <summary>Makes <c>EntityGraph:Storage:Provider = postgresql</c> available.</summary>
    public static IServiceCollection AddPostgresGraphStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGraphStoreProvider, PostgresGraphStoreProvider>());
        return services;
    }
}
