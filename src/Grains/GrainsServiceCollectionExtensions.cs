using EntityGraph.Grains.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>DI registration of the grain layer.</summary>
public static class GrainsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ingest options (section <c>EntityGraph:Ingest</c>) and their validator, and entity linking
    /// (<see cref="LinkingServiceCollectionExtensions.AddEntityGraphLinking"/>) and redaction
    /// (<see cref="RedactionServiceCollectionExtensions.AddEntityGraphRedaction"/>). The grains themselves are found by
    /// Orleans; they need IGraphStore, INerService and ILanguageDetector registered.
    /// </summary>
    public static IServiceCollection AddEntityGraphGrains(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestOptions>, IngestOptionsValidator>());
        services.AddEntityGraphLinking();
        services.AddEntityGraphRedaction();
        return services;
    }
}
