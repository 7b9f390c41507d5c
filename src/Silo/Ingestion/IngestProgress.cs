using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace EntityGraph.Silo.Ingestion;

/// <summary>
/// Progress of an ingest run: on a terminal, one live line (Spectre.Console: documents, documents/s, ETA when the number
/// of documents is known, failures); otherwise a plain line on stderr every <see cref="PlainInterval"/>. Also collects
/// the failures and skips for the report.
/// </summary>
public sealed class IngestProgress(TextWriter error, bool terminal, int? expected)
{
    /// <summary>How often a plain progress line is written when stderr is not a terminal.</summary>
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<IngestReportEntry> failures = [];
    private readonly List<IngestReportEntry> skipped = [];
    private TimeSpan lastLine;
    private int done;

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>Runs <paramref name="work"/> with the live display on a terminal (nothing extra otherwise).</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!terminal)
        {
            return await work();
        }

        T result = default!;
        await AnsiConsole.Console.Status().StartAsync(Describe(), async context =>
        {
            var running = work();
            while (await Task.WhenAny(running, Task.Delay(250)) != running)
            {
                context.Status(Markup.Escape(Describe()));
            }

            result = await running;
        });
        return result;
    }

    /// <summary>Counts one result (called serially) and writes a plain line when one is due.</summary>
    public async ValueTask CountAsync(IngestItemResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        done++;
        if (result.Error is { } problem)
        {
            (result.Outcome == IngestItemResult.Skipped ? skipped : failures).Add(new IngestReportEntry(result.Origin, result.DocumentId, problem.Code, problem.Message));
        }

        if (!terminal && clock.Elapsed - lastLine >= PlainInterval)
        {
            lastLine = clock.Elapsed;
            await error.WriteLineAsync($"ingest: {Describe()}");
        }
    }

    /// <summary>The report of the run so far.</summary>
    public IngestReport Report(IngestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var seconds = summary.Elapsed.TotalSeconds;
        return new IngestReport(
            StartedAt,
            DateTimeOffset.UtcNow,
            Math.Round(seconds, 3),
            Math.Round(summary.Succeeded / Math.Max(seconds, 1e-6), 2),
            new IngestReportCounts(summary.Created, summary.Updated, summary.Unchanged, summary.Failed, summary.Skipped),
            failures,
            skipped);
    }

    private string Describe()
    {
        var elapsed = clock.Elapsed.TotalSeconds;
        var rate = done / Math.Max(elapsed, 1e-6);
        var eta = expected is { } total && rate > 0 && total > done
            ? $", ETA {TimeSpan.FromSeconds((total - done) / rate):hh\\:mm\\:ss}"
            : string.Empty;
        // The estimate counts files and JSONL lines; e-mail attachments add documents, so past it the total is unknown.
        var of = expected is { } all && all >= done ? $"/{all}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{done}{of} documents, {rate:0.0}/s{eta}, {failures.Count} failed, {skipped.Count} skipped");
    }
}
