using System.Globalization;
using System.Text;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>The bench report as Markdown tables, the form the README quotes.</summary>
public static class BenchMarkdown
{
    public static string Write(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Line(text, $"Benchmark on {report.Machine}; {report.Runs} timed runs each (median), full concurrency {report.Concurrency}.");
        Line(text, $"Corpus: {string.Join(", ", report.Corpus.Select(c => $"{c.Key} {Path.GetFileName(c.Value)}"))}.");
        if (report.Models.Count > 0)
        {
            Line(text, string.Empty);
            Line(text, "| model | language | tier | words | raw tokens/s | raw words/s | extract words/s, 1 at a time | extract words/s, full concurrency | end to end / raw |");
            Line(text, "|---|---|---|---:|---:|---:|---:|---:|---:|");
            foreach (var m in report.Models)
            {
                Line(text, $"| {m.Id} | {m.Language} | {m.Tier} | {m.Words} | {m.RawTokensPerSecond:F0} | {m.RawWordsPerSecond:F0} | {m.SingleWordsPerSecond:F0} | {m.E2eWordsPerSecond:F0} | {m.Ratio:P1} |");
            }
        }

        if (report.GraphQl.Count > 0)
        {
            Line(text, string.Empty);
            Line(text, "| GraphQL extract | words | requests | p50 ms | p95 ms | p99 ms | requests/s |");
            Line(text, "|---|---:|---:|---:|---:|---:|---:|");
            foreach (var l in report.GraphQl)
            {
                Line(text, $"| concurrency {l.Concurrency} | {l.Words} | {l.Requests} | {l.P50:F1} | {l.P95:F1} | {l.P99:F1} | {l.RequestsPerSecond:F0} |");
            }
        }

        if (report.Ingest is { } ingest)
        {
            Line(text, string.Empty);
            Line(text, $"Ingest with linking into a fresh embedded store, {ingest.Documents} documents of about {BenchCorpus.DocumentWords} words, {ingest.Concurrency} at once: {ingest.WordsPerSecond:F0} words/s ({ingest.DocumentsPerSecond:F1} documents/s); extract of the same documents {ingest.ExtractWordsPerSecond:F0} words/s; ingest / extract {ingest.RatioToExtract:P1}.");
        }

        if (report.ColdStartSeconds is { } cold && report.FirstRequest is { } first)
        {
            Line(text, string.Empty);
            Line(text, $"Cold start to ready: {cold:F2} s. First {first.Language} request ({first.Tier}, model not loaded): {first.Seconds:F2} s; the next: {first.WarmSeconds * 1000:F0} ms.");
            Line(text, $"Server RSS with all {report.RoutedModels} routes served: {report.RssAllModelsMb:F0} MiB (peak {report.PeakRssMb:F0} MiB).");
        }

        Line(text, $"Peak RSS of the benchmark process itself: {report.BenchPeakRssMb:F0} MiB.");
        return text.ToString();
    }

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

    private static void Line(StringBuilder text, string line) => text.AppendLine(line);
}
