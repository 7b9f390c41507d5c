using System.Diagnostics;
using System.Globalization;

namespace EntityGraph.Silo.Redaction;

/// <summary>Counts documents, characters, items and failures, and prints a progress line to stderr at most every two seconds.</summary>
internal sealed class RedactionProgress(TextWriter error)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan lastReport;

    public int Documents { get; private set; }

    public int Failed { get; private set; }

    public long Bytes { get; private set; }

    public long Items { get; private set; }

    public TimeSpan Elapsed => clock.Elapsed;

    public double MegabytesPerSecond => Bytes / 1_000_000.0 / Math.Max(clock.Elapsed.TotalSeconds, 1e-6);

    public async Task CountAsync(long bytes, int items, bool failed)
    {
        Documents++;
        Bytes += bytes;
        Items += items;
        Failed += failed ? 1 : 0;
        if (clock.Elapsed - lastReport >= TimeSpan.FromSeconds(2))
        {
            lastReport = clock.Elapsed;
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"redact: {Documents:N0} documents, {Bytes / 1_000_000.0:0.0} MB, {MegabytesPerSecond:0.00} MB/s, {Items:N0} items, {Failed:N0} failed"));
        }
    }

    public Task FailureAsync(string id, string code, string message) => error.WriteLineAsync($"error: {id}: {code}: {message}");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Redacted {Documents - Failed:N0} of {Documents:N0} documents ({Bytes / 1_000_000.0:0.00} MB) in {clock.Elapsed.TotalSeconds:0.0} s ({MegabytesPerSecond:0.00} MB/s): {Items:N0} items, {Failed:N0} failed.");
}
