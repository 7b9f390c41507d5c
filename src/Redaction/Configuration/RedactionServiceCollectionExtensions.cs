using EntityGraph.Redaction;
using EntityGraph.Redaction.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the redaction engine.</summary>
public static class RedactionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="Redactor"/> and <see cref="SpanDecryptor"/> as singletons, with <see cref="RedactionOptions"/>
    /// bound from "EntityGraph:Redaction" and validated on start. Needs an <c>IConfiguration</c> in the container.
    /// Resolving <see cref="SpanDecryptor"/> fails when no encryption key is configured.
    /// </summary>
    public static IServiceCollection AddEntityGraphRedaction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RedactionOptions>()
            .BindConfiguration(RedactionOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<RedactionOptions>, RedactionOptionsValidator>());
        services.TryAddSingleton(sp => new Redactor(sp.GetRequiredService<IOptions<RedactionOptions>>().Value));
        services.TryAddSingleton(sp => new SpanDecryptor(sp.GetRequiredService<IOptions<RedactionOptions>>().Value));
        return services;
    }
}
