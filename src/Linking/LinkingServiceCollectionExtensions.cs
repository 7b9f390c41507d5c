using EntityGraph.Linking.CrossDocument;
using EntityGraph.Linking.InDocument;
using EntityGraph.Linking.KnownNames;
using EntityGraph.Linking.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>DI registration of entity linking.</summary>
public static class LinkingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LinkingOptions"/> (section <c>EntityGraph:Linking</c>, validated on start), the embedded
    /// <see cref="KnownNameTable"/>, <see cref="EntityNameKeys"/>, <see cref="DocumentLinker"/> and
    /// <see cref="CrossDocumentLinker"/>, all singletons. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddEntityGraphLinking(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<LinkingOptions>().BindConfiguration(LinkingOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LinkingOptions>, LinkingOptionsValidator>());
        services.TryAddSingleton(_ => KnownNameTable.LoadEmbedded());
        services.TryAddSingleton<EntityNameKeys>();
        services.TryAddSingleton<DocumentLinker>();
        services.TryAddSingleton<CrossDocumentLinker>();
        return services;
    }
}
