using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace EntityGraph.LoadTool;

/// <summary>
/// Runs the load: <see cref="LoadOptions.Concurrency"/> workers send queries, extracts and ingests in the configured mix
/// until the duration or request limit is reached, an RSS sampler reads the server's /proc status every 5 s, and at the
/// end every acknowledged ingest is looked up again.
/// </summary>
public sealed class LoadRunner(LoadOptions options, HttpClient http)
{
    private static readonly string[] Names = ["ACME", "KRONOS", "GLOBEX", "INITECH", "Anna Berg", "Bert Quill", "Cosima Vex", "Berlin", "Paris", "Tokyo"];
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _ingested = [];
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private long _sent;

    public async Task<LoadReport> RunAsync(IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options.ApiKey is { } key)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(options.Duration);
        var rss = new List<RssSample>();
        var sampler = SampleRssAsync(rss, clock, progress, stop.Token);
        var workers = Enumerable.Range(0, options.Concurrency).Select(worker => WorkAsync(worker, stop.Token)).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        var verified = await VerifyIngestedAsync(cancellationToken).ConfigureAwait(false);
        var afterWarmUp = rss.Where(sample => sample.Seconds >= options.WarmUp.TotalSeconds).ToList();
        double? growth = afterWarmUp.Count >= 2 ? (afterWarmUp[^1].MiB - afterWarmUp[0].MiB) / afterWarmUp[0].MiB : null;
        return new LoadReport(
            options.Url.ToString(), options.Concurrency, seconds, _sent, _sent / seconds,
            _latencies.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => Summarize(pair.Key, pair.Value)).ToList(),
            new SortedDictionary<string, long>(_errors, StringComparer.Ordinal),
            rss, growth, _ingested.Count, verified);
    }

    private async Task WorkAsync(int worker, CancellationToken stop)
    {
        var random = new Random(worker * 7919 + 17);
        var total = options.Mix.Query + options.Mix.Extract + options.Mix.Ingest;
        while (!stop.IsCancellationRequested)
        {
            if (Interlocked.Increment(ref _sent) > options.MaxRequests)
            {
                Interlocked.Decrement(ref _sent);
                return;
            }

            var pick = random.Next(total);
            var (kind, query, variables) = pick < options.Mix.Query ? Query(random)
                : pick < options.Mix.Query + options.Mix.Extract ? ("extract", "mutation X($t: String!) { extract(text: $t) { entities { start end } } }", (object)new { t = Text(random) })
                : Ingest(worker);
            var started = Stopwatch.GetTimestamp();
            var code = await SendAsync(query, variables, stop).ConfigureAwait(false);
            if (code == "CANCELLED")
            {
                Interlocked.Decrement(ref _sent);
                return;
            }

            _latencies.GetOrAdd(kind, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (code is null && kind == "ingest")
            {
                _ingested.Add(((IngestVariables)variables).Input.Id);
            }
            else if (code is not null)
            {
                _errors.AddOrUpdate(code, 1, (_, count) => count + 1);
            }
        }
    }

    private (string, string, object) Ingest(int worker)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"load-{_run}-{worker}-{Interlocked.Read(ref _sent)}");
        return ("ingest", "mutation I($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome } }",
            new IngestVariables(new IngestInput(id, Text(new Random(id.GetHashCode(StringComparison.Ordinal))), "en")));
    }

    private static (string, string, object) Query(Random random) => random.Next(3) switch
    {
        0 => ("query", "{ statistics { entities documents mentions } }", new { }),
        1 => ("query", "query S($q: String) { entities(search: $q, first: 10) { totalCount nodes { id canonicalName } } }", new { q = Names[random.Next(Names.Length)][..3] }),
        _ => ("query", "{ documents(first: 5) { totalCount nodes { id title tags { name } } } }", new { }),
    };

    private static string Text(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(4, 9)).Select(_ => $"{Names[random.Next(Names.Length)]} met {Names[random.Next(Names.Length)]} in the spring."));

    /// <summary>Null when the request succeeded, else its error code (or HTTP status, or the transport failure).</summary>
    private async Task<string?> SendAsync(string query, object variables, CancellationToken stop)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("graphql", new { query, variables }, stop).ConfigureAwait(false);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(stop).ConfigureAwait(false));
            if (body.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                return errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
                    ? code.GetString() ?? "NO_CODE"
                    : "NO_CODE";
            }

            return response.IsSuccessStatusCode ? null : $"HTTP_{(int)response.StatusCode}";
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return "CANCELLED";
        }
        catch (Exception failure) when (failure is HttpRequestException or JsonException or TaskCanceledException)
        {
            return "NO_ANSWER";
        }
    }

    private async Task SampleRssAsync(List<RssSample> samples, Stopwatch clock, IProgress<string>? progress, CancellationToken stop)
    {
        while (true)
        {
            if (options.ServerPid is { } pid && ReadRssMiB(pid) is { } mib)
            {
                samples.Add(new RssSample(clock.Elapsed.TotalSeconds, mib));
            }

            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:0} s: {Interlocked.Read(ref _sent)} requests, {_errors.Values.Sum()} errors"));
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(5), stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                if (options.ServerPid is { } last && ReadRssMiB(last) is { } final)
                {
                    samples.Add(new RssSample(clock.Elapsed.TotalSeconds, final));
                }

                return;
            }
        }
    }

    /// <summary>VmRSS of a process from /proc, in MiB; null when it cannot be read.</summary>
    public static double? ReadRssMiB(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private async Task<long> VerifyIngestedAsync(CancellationToken cancellationToken)
    {
        long present = 0;
        foreach (var chunk in _ingested.Distinct(StringComparer.Ordinal).Chunk(100))
        {
            var fields = string.Join(' ', chunk.Select((id, i) => $"d{i}: document(id: {JsonSerializer.Serialize(id)}) {{ id }}"));
            using var response = await http.PostAsJsonAsync("graphql", new { query = "{ " + fields + " }" }, cancellationToken).ConfigureAwait(false);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            if (body.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
            {
                present += data.EnumerateObject().Count(field => field.Value.ValueKind == JsonValueKind.Object);
            }
        }

        return present;
    }

    private static LatencySummary Summarize(string kind, IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new LatencySummary(kind, sorted.Length, At(0.50), At(0.90), At(0.99), sorted[^1]);
    }

    private sealed record IngestVariables(IngestInput Input);

    private sealed record IngestInput(string Id, string Text, string Language);
}
