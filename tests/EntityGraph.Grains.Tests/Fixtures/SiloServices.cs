using EntityGraph.Ner;
using EntityGraph.Storage.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EntityGraph.Grains.Tests.Fixtures;

/// <summary>The real services of a test silo: settings, the SQLite store, language detection, NER and the grain layer.</summary>
internal static class SiloServices
{
    public static void Register(IHostApplicationBuilder host, IReadOnlyDictionary<string, string?> settings)
    {
        host.Configuration.AddInMemoryCollection(settings);
        host.Services.AddEntityGraphStorage().AddSqliteGraphStore();
        host.Services.AddEntityGraphLanguageDetection();
        host.Services.AddEntityGraphNer();
        host.Services.AddEntityGraphGrains();
    }
}
