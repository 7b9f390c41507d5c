using EntityGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EntityGraph.Silo.Hosting;

/// <summary>A host without HTTP, for commands: the grain factory of the in-process silo and the store.</summary>
public sealed class WorkerRuntime : IAsyncDisposable
{
    private readonly IHost host;
    private bool started;

    private WorkerRuntime(IHost host)
    {
        this.host = host;
    }

    public IServiceProvider Services => host.Services;

    /// <summary>Grains of the in-process silo; not available in <see cref="HostMode.StoreOnly"/>.</summary>
    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public IGraphStore Store => host.Services.GetRequiredService<IGraphStore>();

    /// <summary>Builds a <see cref="HostMode.Worker"/> or <see cref="HostMode.StoreOnly"/> host without starting it.</summary>
    public static WorkerRuntime Build(HostSettings settings, HostMode mode) => new(EntityGraphHost.BuildWorker(settings, mode));

    /// <summary>Builds and starts a host.</summary>
    public static async Task<WorkerRuntime> StartAsync(HostSettings settings, HostMode mode, CancellationToken cancellationToken = default)
    {
        var runtime = Build(settings, mode);
        try
        {
            await runtime.StartAsync(cancellationToken);
            return runtime;
        }
        catch
        {
            await runtime.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the store initializer and, in worker mode, the silo.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await host.StartAsync(cancellationToken);
        started = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (started)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await host.StopAsync(timeout.Token);
            }
        }
        finally
        {
            if (host is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else
            {
                host.Dispose();
            }
        }
    }
}
