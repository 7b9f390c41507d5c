using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;

namespace EntityGraph.Silo.Hosting;

/// <summary>
/// Keeps the native heap of a long-running server from holding on to freed memory (Linux, glibc). ONNX Runtime, SQLite
/// and the HTTP stack allocate from many threads; glibc gives busy threads heaps of their own (up to eight per core)
/// and returns little of what is freed in them, which was part of the resident memory a server gained under load. This
/// caps the heaps at two per core and every minute hands pages freed inside them back to the system (malloc_trim).
/// </summary>
internal sealed class NativeHeapTrimmer : BackgroundService
{
    private const int ArenaMaxOption = -8;
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _clock;

    public NativeHeapTrimmer(TimeProvider clock)
    {
        _clock = clock;
        if (IsGlibc)
        {
            MallocOption(ArenaMaxOption, 2 * Environment.ProcessorCount);
        }
    }

    private static bool IsGlibc => OperatingSystem.IsLinux() && RuntimeInformation.RuntimeIdentifier.StartsWith("linux-", StringComparison.Ordinal) && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsGlibc)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, _clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            MallocTrim(0);
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in this project for two int-only calls.
    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocOption(int option, int value);

    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
#pragma warning restore SYSLIB1054
}
