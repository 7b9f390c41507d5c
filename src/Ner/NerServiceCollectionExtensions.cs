using EntityGraph.Ner.Runtime;
using EntityGraph.Recognizers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EntityGraph.Ner;

/// <summary>DI wiring of the NER runtime.</summary>
public static class NerServiceCollectionExtensions
{
    /// <summary>Registers <see cref="INerService"/> (singleton), the model catalog and options bound to "EntityGraph:Ner".</summary>
    public static IServiceCollection AddEntityGraphNer(this IServiceCollection services)
    {
        services.AddOptions<NerOptions>().BindConfiguration(NerOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NerOptions>, NerOptionsValidator>());
        services.AddEntityGraphRecognizers();
        services.TryAddSingleton<OnnxSessionFactory>();
        services.TryAddSingleton<ModelCatalog>();
        services.TryAddSingleton<INerService, NerService>();
        return services;
    }
}
