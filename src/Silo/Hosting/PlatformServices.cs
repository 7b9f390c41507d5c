using EntityGraph.Ner;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Silo.Hosting;

/// <summary>The DI registrations of the other projects, one method per project, so each is wired in one place.</summary>
internal static class PlatformServices
{
    public static void AddPipeline(IServiceCollection services)
    {
        services.AddEntityGraphLanguageDetection();
        AddNer(services);
        services.AddEntityGraphGrains();
    }

    public static void AddNer(IServiceCollection services)
    {
        services.AddEntityGraphNer();
    }

    public static void AddApi(IServiceCollection services)
    {
        services.AddEntityGraphApi();
    }

    public static void MapApi(Microsoft.AspNetCore.Builder.WebApplication app)
    {
        app.MapEntityGraphApi();
    }
}
