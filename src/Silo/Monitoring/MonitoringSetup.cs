using EntityGraph.Security;
using EntityGraph.Telemetry.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Orleans.Dashboard;

namespace EntityGraph.Silo.Monitoring;

/// <summary>
/// Operator-facing monitoring of the server (<see cref="MonitoringOptions"/>): OpenTelemetry metrics of the
/// <c>EntityGraph</c> meter, Orleans, ASP.NET Core and the .NET runtime at <c>/metrics</c> (Prometheus text), the review
/// queue gauge, the Orleans Dashboard at <c>/dashboard</c>, and JSON console logs on request. <c>/metrics</c> needs a
/// reader key and <c>/dashboard</c> an admin key once API keys exist (<see cref="MonitoringKeyFilter"/>).
/// </summary>
internal static class MonitoringSetup
{
    /// <summary>Meters exported besides the product's own.</summary>
    public static readonly IReadOnlyList<string> PlatformMeters =
    [
        "Microsoft.Orleans",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "System.Runtime",
    ];

    /// <summary>The settings, read and validated before the host is built (logging and the silo need them early).</summary>
    public static MonitoringOptions Read(IConfiguration configuration)
    {
        var options = new MonitoringOptions();
        configuration.GetSection(MonitoringOptions.SectionName).Bind(options);
        var result = new MonitoringOptionsValidator().Validate(Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(MonitoringOptions.SectionName, typeof(MonitoringOptions), result.Failures) : options;
    }

    /// <summary>JSON console logs when configured (every host: serve and the CLI's workers).</summary>
    public static void AddLogging(IHostApplicationBuilder builder, MonitoringOptions options)
    {
        if (options.LogFormat == "json")
        {
            builder.Logging.AddJsonConsole(json => json.IncludeScopes = true);
        }
    }

    /// <summary>The dashboard's silo side (grain profiling and statistics), when enabled.</summary>
    public static void ConfigureSilo(ISiloBuilder silo, MonitoringOptions options)
    {
        if (options.Dashboard)
        {
            silo.AddDashboard();
        }
    }

    /// <summary>Metrics and the review-queue gauge of the server host.</summary>
    public static void AddServer(IServiceCollection services, MonitoringOptions options)
    {
        services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MonitoringOptions>, MonitoringOptionsValidator>());
        if (!options.Metrics)
        {
            return;
        }

        services.AddHostedService<ReviewQueueGauge>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(EntityGraphMetrics.MeterName)
            .AddMeter([.. PlatformMeters])
            .AddPrometheusExporter());
    }

    /// <summary>Maps <c>/metrics</c> and <c>/dashboard</c> as configured.</summary>
    public static void Map(WebApplication app, MonitoringOptions options)
    {
        if (options.Metrics)
        {
            app.MapPrometheusScrapingEndpoint("/metrics").AddEndpointFilter(new MonitoringKeyFilter(ApiRoles.Reader));
        }

        if (options.Dashboard)
        {
            app.MapOrleansDashboard("/dashboard").AddEndpointFilter(new MonitoringKeyFilter(ApiRoles.Admin));
        }
    }
}
