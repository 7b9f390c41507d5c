using EntityGraph.Telemetry.Drift;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EntityGraph.Telemetry;

/// <summary>Registers the telemetry room: drift options (validated at start) and the drift monitor.</summary>
public static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddEntityGraphTelemetry(this IServiceCollection services)
    {
        services.AddOptions<DriftOptions>().BindConfiguration(DriftOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DriftOptions>, DriftOptionsValidator>());
        services.TryAddSingleton<DriftMonitor>();
        return services;
    }
}
