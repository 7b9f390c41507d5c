using EntityGraph.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>DI registration of the executable's own settings.</summary>
public static class HostingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ClusterHostOptions"/> (<c>EntityGraph:Cluster</c>), <see cref="ServerOptions"/> (<c>EntityGraph:Server</c>)
    /// and <see cref="SampleCorpusOptions"/> (<c>EntityGraph:Samples</c>), each with its validator, checked at start.
    /// </summary>
    public static IServiceCollection AddEntityGraphHosting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ClusterHostOptions>().BindConfiguration(ClusterHostOptions.SectionName).ValidateOnStart();
        services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.SectionName).ValidateOnStart();
        services.AddOptions<SampleCorpusOptions>().BindConfiguration(SampleCorpusOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterHostOptions>, ClusterHostOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ServerOptions>, ServerOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SampleCorpusOptions>, SampleCorpusOptionsValidator>());
        return services;
    }
}
