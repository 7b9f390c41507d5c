using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Pipeline;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the recognizer pipeline and the built-in recognizers.</summary>
public static class RecognizersServiceCollectionExtensions
{
    /// <summary>
    /// Adds every built-in recognizer as an <see cref="IEntityRecognizer"/> singleton and the <see cref="RecognizerPipeline"/>
    /// singleton over all registered recognizers (the NER runtime registers the model), with
    /// <see cref="RecognizerOptions"/> bound from "EntityGraph:Recognizers" and validated on start. Needs an
    /// <c>IConfiguration</c> in the container.
    /// </summary>
    public static IServiceCollection AddEntityGraphRecognizers(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RecognizerOptions>()
            .BindConfiguration(RecognizerOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RecognizerOptions>, RecognizerOptionsValidator>());
        foreach (var recognizer in BuiltInRecognizers.Create())
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IEntityRecognizer), recognizer.GetType()));
        }

        services.TryAddSingleton(sp => new RecognizerPipeline(
            sp.GetServices<IEntityRecognizer>(),
            sp.GetRequiredService<IOptions<RecognizerOptions>>(),
            sp.GetService<ILogger<RecognizerPipeline>>()));
        return services;
    }
}
