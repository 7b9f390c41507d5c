using EntityGraph.LanguageDetect.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the language detector.</summary>
public static class LanguageDetectionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="EntityGraph.LanguageDetect.ILanguageDetector"/> as a singleton (profiles loaded once, on first use)
    /// with <see cref="LanguageDetectionOptions"/> bound from "EntityGraph:LanguageDetect" and validated.
    /// Needs an <c>IConfiguration</c> in the container.
    /// </summary>
    public static IServiceCollection AddEntityGraphLanguageDetection(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<LanguageDetectionOptions>()
            .BindConfiguration(LanguageDetectionOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<LanguageDetectionOptions>, LanguageDetectionOptionsValidator>());
        services.TryAddSingleton(sp => new EntityGraph.LanguageDetect.LanguageDetector(
            sp.GetRequiredService<IOptions<LanguageDetectionOptions>>().Value,
            sp.GetService<ILogger<EntityGraph.LanguageDetect.LanguageDetector>>()));
        services.TryAddSingleton<EntityGraph.LanguageDetect.ILanguageDetector>(
            sp => sp.GetRequiredService<EntityGraph.LanguageDetect.LanguageDetector>());
        return services;
    }
}
