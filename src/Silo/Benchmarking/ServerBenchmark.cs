using System.Diagnostics;
using EntityGraph.Grains;
using EntityGraph.Ner.Models;
using EntityGraph.Silo.Hosting;
using EntityGraph.Storage;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>
/// The server as a user runs it, in a child process on 127.0.0.1: start to ready (cold start), the first request of a
/// language whose model is not loaded yet, GraphQL <c>extract</c> latency over HTTP for a short document at each
/// concurrency, and memory after every routed model of every language (both tiers) has served a request.
/// </summary>
public sealed class ServerBenchmark(HostSettings settings, string workFolder, int requestsPerConcurrency, TextWriter progress)
{
    /// <summary>Words of the document the latency test sends.</summary>
    public const int LatencyWords = 60;

    private static readonly int[] Concurrencies = [1, 8];

    public async Task<ServerBenchResult> RunAsync(BenchCorpus corpus, ModelManifest manifest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(manifest);
        var clock = Stopwatch.StartNew();
        await using var server = ServerProcess.Start(Path.Combine(workFolder, "serve"), FreePorts.Find(), Path.Combine(workFolder, "serve.log"), settings.ToConfiguration());
        if (!await server.WaitReadyAsync(TimeSpan.FromSeconds(120), cancellationToken).ConfigureAwait(false))
        {
            throw new EntityGraphException(ErrorCodes.ServiceUnavailable, $"The benchmark's server did not become ready within 120 s. Its last output:{Environment.NewLine}{server.LogTail(20)}");
        }

        var coldStart = clock.Elapsed.TotalSeconds;
        await progress.WriteLineAsync($"server: ready {coldStart:F2} s after start").ConfigureAwait(false);

        var language = corpus.Documents.Keys.FirstOrDefault(l => l != "en") ?? corpus.Documents.Keys.First();
        var sample = corpus.Sample(language, LatencyWords);
        var first = await TimeAsync(() => server.ExtractAsync(sample, language, "best", cancellationToken)).ConfigureAwait(false);
        var warm = await TimeAsync(() => server.ExtractAsync(sample, language, "best", cancellationToken)).ConfigureAwait(false);
        await progress.WriteLineAsync($"server: first {language} request {first:F2} s (model load included), the next {warm * 1000:F0} ms").ConfigureAwait(false);

        var latencyLanguage = corpus.Documents.ContainsKey("en") ? "en" : language;
        var text = corpus.Sample(latencyLanguage, LatencyWords);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        for (var i = 0; i < 20; i++)
        {
            await server.ExtractAsync(text, latencyLanguage, "best", cancellationToken).ConfigureAwait(false);
        }

        var latencies = new List<LatencyResult>();
        foreach (var concurrency in Concurrencies)
        {
            latencies.Add(await MeasureLatencyAsync(server, text, latencyLanguage, words, concurrency, cancellationToken).ConfigureAwait(false));
            var l = latencies[^1];
            await progress.WriteLineAsync($"server: GraphQL extract of {words} words at concurrency {concurrency}: p50 {l.P50:F1} ms, p95 {l.P95:F1} ms, p99 {l.P99:F1} ms, {l.RequestsPerSecond:F0} requests/s").ConfigureAwait(false);
        }

        var routed = 0;
        foreach (var (routeLanguage, route) in manifest.Routes.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var probe = corpus.Documents.ContainsKey(routeLanguage) ? corpus.Sample(routeLanguage, 30) : text;
            foreach (var tier in route.Fast is null ? new[] { "best" } : ["best", "fast"])
            {
                await server.ExtractAsync(probe, routeLanguage, tier, cancellationToken).ConfigureAwait(false);
                routed++;
            }
        }

        var (rss, peak) = server.Memory();
        await progress.WriteLineAsync($"server: {routed} routes of {manifest.Routes.Count} languages served; RSS {rss:F0} MiB, peak {peak:F0} MiB").ConfigureAwait(false);
        return new ServerBenchResult(coldStart, new FirstRequestResult(language, "best", first, warm), latencies, routed, rss, peak);
    }

    private async Task<LatencyResult> MeasureLatencyAsync(ServerProcess server, string text, string language, int words, int concurrency, CancellationToken cancellationToken)
    {
        var requests = requestsPerConcurrency * concurrency;
        var samples = new double[requests];
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < requests)
            {
                samples[index] = await TimeAsync(() => server.ExtractAsync(text, language, "best", cancellationToken)).ConfigureAwait(false) * 1000;
            }
        });
        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = clock.Elapsed.TotalSeconds;
        var sorted = samples.Order().ToList();
        return new LatencyResult(concurrency, requests, words, BenchTimer.Percentile(sorted, 50), BenchTimer.Percentile(sorted, 95), BenchTimer.Percentile(sorted, 99), requests / elapsed);
    }

    private static async Task<double> TimeAsync(Func<Task<int>> request)
    {
        var clock = Stopwatch.StartNew();
        await request().ConfigureAwait(false);
        return clock.Elapsed.TotalSeconds;
    }
}
