using EntityGraph.Recognizers;
using EntityGraph.Recognizers.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the rule-based recognizers.</summary>
public static class RecognizersServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CompositePatternRecognizer"/> (all built-in recognizers) as a singleton, also as
    /// <see cref="IPatternRecognizer"/>, with <see cref="PatternRecognizerOptions"/> bound from "EntityGraph:Recognizers"
    /// and validated on start. Needs an <c>IConfiguration</c> in the container.
    /// </summary>
    public static IServiceCollection AddEntityGraphRecognizers(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PatternRecognizerOptions>()
            .BindConfiguration(PatternRecognizerOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<PatternRecognizerOptions>, PatternRecognizerOptionsValidator>());
        services.TryAddSingleton(sp => new CompositePatternRecognizer(
            CompositePatternRecognizer.CreateBuiltInRecognizers(),
            sp.GetRequiredService<IOptions<PatternRecognizerOptions>>().Value,
            sp.GetService<ILogger<CompositePatternRecognizer>>()));
        services.TryAddSingleton<IPatternRecognizer>(sp => sp.GetRequiredService<CompositePatternRecognizer>());
        return services;
    }
}
