using System.Globalization;
using System.Text;

namespace EntityGraph.LoadTool;

/// <summary>Latency percentiles of one kind of request, in milliseconds.</summary>
public sealed record LatencySummary(string Kind, long Requests, double P50, double P90, double P99, double Max);

/// <summary>One RSS sample of the server: seconds since the start and resident memory in MiB.</summary>
public sealed record RssSample(double Seconds, double MiB);

/// <summary>What a load run measured; written as Markdown and JSON.</summary>
public sealed record LoadReport(
    string Url,
    int Concurrency,
    double Seconds,
    long Requests,
    double RequestsPerSecond,
    IReadOnlyList<LatencySummary> Latencies,
    IReadOnlyDictionary<string, long> ErrorsByCode,
    IReadOnlyList<RssSample> Rss,
    double? RssGrowthAfterWarmUp,
    long DocumentsIngested,
    long DocumentsVerified)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Load run against {Url}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Requests} requests in {Seconds:0.0} s at concurrency {Concurrency}: {RequestsPerSecond:0.0} requests/s.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Documents ingested: {DocumentsIngested}; present exactly once at the end: {DocumentsVerified}.");
        text.AppendLine();
        text.AppendLine("| kind | requests | p50 ms | p90 ms | p99 ms | max ms |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var latency in Latencies)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {latency.Kind} | {latency.Requests} | {latency.P50:0.0} | {latency.P90:0.0} | {latency.P99:0.0} | {latency.Max:0.0} |");
        }

        text.AppendLine();
        text.AppendLine(ErrorsByCode.Count == 0 ? "Errors: none." : "Errors: " + string.Join(", ", ErrorsByCode.Select(pair => $"{pair.Key} {pair.Value}")) + ".");
        if (Rss.Count > 0)
        {
            text.AppendLine();
            var growth = RssGrowthAfterWarmUp is { } rate ? string.Create(CultureInfo.InvariantCulture, $"; growth after warm-up {rate:P1}.") : ".";
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Server RSS: {Rss[0].MiB:0} MiB at start, {Rss.Max(s => s.MiB):0} MiB peak, {Rss[^1].MiB:0} MiB at the end{growth}"));
            text.AppendLine();
            text.AppendLine("| s | RSS MiB |");
            text.AppendLine("|---:|---:|");
            foreach (var sample in Rss)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {sample.Seconds:0} | {sample.MiB:0.0} |");
            }
        }

        return text.ToString();
    }
}
