using EntityGraph.Storage;
using Microsoft.Extensions.Hosting;

namespace EntityGraph.Silo.Hosting;

/// <summary>Creates or upgrades the graph store schema before the silo starts.</summary>
internal sealed class StoreInitializer(IGraphStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
