using EntityGraph.Ner;
using EntityGraph.Ner.Versions;
using EntityGraph.Silo.Jobs;
using EntityGraph.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Hosting;

/// <summary>The DI registrations of the other projects, one method per project, so each is wired in one place.</summary>
internal static class PlatformServices
{
    public static void AddPipeline(IServiceCollection services)
    {
        services.AddEntityGraphLanguageDetection();
        AddNer(services);
        services.AddEntityGraphGrains();
        services.AddJobSource();
    }

    /// <summary>The NER runtime; promoted model versions live in the data directory's models/ unless configured elsewhere.</summary>
    public static void AddNer(IServiceCollection services)
    {
        services.AddEntityGraphNer();
        services.AddOptions<NerOptions>().Configure<IOptions<GraphStoreOptions>>((ner, store) =>
            ner.VersionsDirectory ??= Path.Combine(store.Value.DataDirectory, ModelRegistry.DataDirectoryFolder));
    }

    public static void AddApi(IServiceCollection services)
    {
        services.AddEntityGraphApi();
    }

    public static void MapApi(Microsoft.AspNetCore.Builder.WebApplication app)
    {
        app.MapEntityGraphApi();
        app.MapEntityGraphExplorer();
    }
}
