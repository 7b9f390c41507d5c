using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite backend.</summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>Makes <c>EntityGraph:Storage:Provider = sqlite</c> available (the default provider).</summary>
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGraphStoreProvider, SqliteGraphStoreProvider>());
        return services;
    }
}
