using EntityGraph.Ner.Calibration;
using EntityGraph.Ner.Runtime;
using EntityGraph.Ner.Versions;
using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EntityGraph.Ner;

/// <summary>DI wiring of the NER runtime.</summary>
public static class NerServiceCollectionExtensions
{
    /// <summary>Registers <see cref="INerService"/> (singleton), the model catalog, options bound to "EntityGraph:Ner" and the review thresholds bound to "EntityGraph:Review".</summary>
    public static IServiceCollection AddEntityGraphNer(this IServiceCollection services)
    {
        services.AddOptions<NerOptions>().BindConfiguration(NerOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NerOptions>, NerOptionsValidator>());
        services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReviewOptions>, ReviewOptionsValidator>());
        services.AddEntityGraphRecognizers();
        services.AddEntityGraphTelemetry();
        services.TryAddSingleton<OnnxSessionFactory>();
        services.TryAddSingleton<ModelRegistry>();
        services.TryAddSingleton<ModelCatalog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEntityRecognizer, ModelEntityRecognizer>());
        services.TryAddSingleton<INerService, NerService>();
        return services;
    }
}
