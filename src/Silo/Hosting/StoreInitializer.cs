using System.Diagnostics;
using System.Globalization;
using EntityGraph.Storage;
using EntityGraph.Storage.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Hosting;

/// <summary>
/// Creates or upgrades the graph store schema before the silo starts. For the embedded store it also leaves a marker
/// (<c>entitygraph-PID.running</c> in the data directory) while the process runs; a marker whose process is gone means
/// an unclean stop, and the store is then checked (<see cref="IGraphStore.CheckAsync"/>) and the result logged.
/// </summary>
internal sealed class StoreInitializer(IGraphStore store, IOptions<GraphStoreOptions> options, ILogger<StoreInitializer> logger) : IHostedService
{
    private string? _marker;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        var settings = options.Value;
        if (!string.Equals(settings.Provider, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(settings.DatabasePath)!;
        var stale = Directory.EnumerateFiles(folder, "entitygraph-*.running").Where(path => !IsAlive(path)).ToList();
        if (stale.Count > 0)
        {
            // One check covers every process that stopped uncleanly.
            var result = await store.CheckAsync(cancellationToken);
            foreach (var marker in stale)
            {
                HostLog.UncleanStopChecked(logger, settings.DatabasePath, ProcessIdOf(marker), result.IntegrityDetail, result.CountProblems.Count);
                File.Delete(marker);
            }
        }

        _marker = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"entitygraph-{Environment.ProcessId}.running"));
        await File.WriteAllTextAsync(_marker, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_marker is not null)
        {
            File.Delete(_marker);
        }

        return Task.CompletedTask;
    }

    private static int ProcessIdOf(string marker) =>
        int.TryParse(Path.GetFileNameWithoutExtension(marker)["entitygraph-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;

    private static bool IsAlive(string marker)
    {
        var id = ProcessIdOf(marker);
        if (id == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
