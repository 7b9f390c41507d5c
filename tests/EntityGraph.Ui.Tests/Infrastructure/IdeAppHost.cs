using EntityGraph.Storage;
using EntityGraph.Ui.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>The API and its IDE page over a store seeded with <see cref="UiCorpus"/>. Tests only read.</summary>
public sealed class IdeAppHost : UiAppHost
{
    /// <summary>The IDE page's address.</summary>
    public Uri IdeAddress => new(BaseAddress, "/graphql/ui");

    protected override async Task SeedAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync();
        foreach (var document in UiCorpus.Documents)
        {
            await store.UpsertDocumentAsync(document.Write);
        }
    }
}
