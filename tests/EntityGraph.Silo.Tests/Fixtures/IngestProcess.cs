using System.Diagnostics;
using System.Text;
using EntityGraph.Silo.Hosting;
using EntityGraph.Storage.Sqlite;

namespace EntityGraph.Silo.Tests.Fixtures;

/// <summary>
/// A real <c>entitygraph ingest</c> process (the Silo project's build output) configured through environment variables
/// from the workspace settings, its output kept for failure messages; killed (SIGKILL) on <see cref="Kill"/> or dispose.
/// </summary>
public sealed class IngestProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private IngestProcess(Process process)
    {
        this.process = process;
    }

    public bool HasExited => process.HasExited;

    /// <summary>What the process wrote so far (stdout and stderr).</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Starts <c>entitygraph ingest ARGUMENTS</c>.</summary>
    public static IngestProcess Start(HostSettings settings, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { SiloProcess.Executable, "ingest" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings.Overrides)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var ingest = new IngestProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
        ingest.process.OutputDataReceived += (_, line) => ingest.Append(line.Data);
        ingest.process.ErrorDataReceived += (_, line) => ingest.Append(line.Data);
        ingest.process.BeginOutputReadLine();
        ingest.process.BeginErrorReadLine();
        return ingest;
    }

    /// <summary>Polls the embedded store in <paramref name="data"/> until it holds <paramref name="count"/> documents; returns how many it held then.</summary>
    public async Task<long> WaitForStoredDocumentsAsync(string data, long count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (File.Exists(Path.Combine(data, "entitygraph.db")))
            {
                using var store = await GraphStoreFactory.OpenAsync(data, cancellationToken: cancellationToken);
                var stored = (await store.GetStatisticsAsync(cancellationToken)).Documents;
                if (stored >= count)
                {
                    return stored;
                }
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"ingest stored fewer than {count} documents before it {(process.HasExited ? "exited" : "timed out")}:\n{Log}");
    }

    /// <summary>SIGKILL: no shutdown, no flushing; returns once the process is gone.</summary>
    public async Task KillAsync(CancellationToken cancellationToken = default)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync(cancellationToken);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }
}
