using EntityGraph.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using EntityGraph.Grains.Placement;
using EntityGraph.Silo.Monitoring;
using EntityGraph.Silo.Jobs;
using Orleans.Configuration;

namespace EntityGraph.Silo.Hosting;

/// <summary>
/// The one composition root: configuration (appsettings.json beside the executable, environment variables,
/// then command-line settings), the store, the extraction pipeline and grains, the Orleans silo (localhost or Redis
/// clustering, see <see cref="ClusterMembership"/>) and, for <see cref="HostMode.Server"/>, the HTTP API. Every command
/// builds its host here.
/// </summary>
public static class EntityGraphHost
{
    /// <summary>Builds the serve host: silo plus Kestrel with the GraphQL API, /health and the sample loader.</summary>
    public static WebApplication BuildServer(HostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        var monitoring = Compose(builder, settings, HostMode.Server);
        var server = ReadValidated(builder.Configuration, ServerOptions.SectionName, new ServerOptions(), new ServerOptionsValidator());
        builder.WebHost.UseUrls(server.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Services.AddHostedService<SampleCorpusLoader>();
        builder.Services.AddHostedService<NativeHeapTrimmer>();
        builder.Services.AddJobResumer();
        PlatformServices.AddApi(builder.Services);
        WebHardening.AddServices(builder.Services, server);
        MonitoringSetup.AddServer(builder.Services, monitoring);

        var app = builder.Build();
        WebHardening.Use(app, server);
        app.MapEntityGraphHealth();
        MonitoringSetup.Map(app, monitoring);
        PlatformServices.MapApi(app);
        return app;
    }

    /// <summary>Builds a host without HTTP: the silo in process for <see cref="HostMode.Worker"/>, only the store for <see cref="HostMode.StoreOnly"/>.</summary>
    public static IHost BuildWorker(HostSettings settings, HostMode mode)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (mode == HostMode.Server)
        {
            throw new ArgumentException("Use BuildServer for the server host.", nameof(mode));
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        Compose(builder, settings, mode);
        return builder.Build();
    }

    private static MonitoringOptions Compose(IHostApplicationBuilder builder, HostSettings settings, HostMode mode)
    {
        var overrides = settings.ToConfiguration();
        if (mode != HostMode.Server)
        {
            overrides.TryAdd("Logging:LogLevel:Default", settings.Verbose ? "Information" : "Warning");
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // A start that fails (unreachable store, bad options) is reported by the CLI in one line; the host's own
        // "Hosting failed to start" entry would repeat it with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        var monitoring = MonitoringSetup.Read(builder.Configuration);
        MonitoringSetup.AddLogging(builder, monitoring);

        builder.Services.AddEntityGraphHosting();
        builder.Services.AddEntityGraphStorage().AddSqliteGraphStore().AddPostgresGraphStore();
        builder.Services.AddEntityGraphSecurity();
        if (settings.InitializeStore)
        {
            builder.Services.AddHostedService<StoreInitializer>();
        }
        if (mode == HostMode.StoreOnly)
        {
            return monitoring;
        }

        PlatformServices.AddPipeline(builder.Services);
        var cluster = ReadValidated(builder.Configuration, ClusterHostOptions.SectionName, new ClusterHostOptions(), new ClusterHostOptionsValidator());
        builder.UseOrleans(siloBuilder =>
        {
            ClusterMembership.Configure(siloBuilder, cluster);
            siloBuilder.AddEntityGraphCluster(ModelHostMetadata.Parse(cluster.Languages, cluster.HostFallback));
            siloBuilder.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = cluster.ResponseTimeout);
            siloBuilder.Configure<GrainDirectoryOptions>(o => o.CacheSize = cluster.DirectoryCacheSize);
            if (mode == HostMode.Server)
            {
                MonitoringSetup.ConfigureSilo(siloBuilder, monitoring);
            }
        });
        return monitoring;
    }

    private static T ReadValidated<T>(IConfiguration configuration, string section, T defaults, IValidateOptions<T> validator)
        where T : class
    {
        configuration.GetSection(section).Bind(defaults);
        var result = validator.Validate(Options.DefaultName, defaults);
        return result.Failed ? throw new OptionsValidationException(section, typeof(T), result.Failures) : defaults;
    }
}
