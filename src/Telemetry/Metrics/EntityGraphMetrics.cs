using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace EntityGraph.Telemetry.Metrics;

/// <summary>
/// The product's one meter, <c>EntityGraph</c>, and every instrument on it. Each place that measures calls one method
/// here, so instrument names, units and tag names are defined once (<see cref="MetricNames"/>, <see cref="MetricTags"/>).
/// Exported at <c>/metrics</c> (Prometheus text) by the server host; per process: a cluster's figures are the sum over its silos.
/// </summary>
public static class EntityGraphMetrics
{
    /// <summary>The meter's name, for OpenTelemetry's <c>AddMeter</c> and for listeners.</summary>
    public const string MeterName = "EntityGraph";

    private static readonly Meter Meter = new(MeterName, "1.0");

    // Latencies from a millisecond to a minute; the SDK's default buckets are meant for milliseconds.
    private static readonly InstrumentAdvice<double> Seconds = new() { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] };

    private static readonly Counter<long> DocumentsIngested = Meter.CreateCounter<long>(MetricNames.DocumentsIngested, "{document}", "Documents written to the store (created or updated), by format and outcome.");
    private static readonly Counter<long> DocumentsFailed = Meter.CreateCounter<long>(MetricNames.DocumentsFailed, "{document}", "Documents that could not be read or ingested, by format and error code.");
    private static readonly Counter<long> Mentions = Meter.CreateCounter<long>(MetricNames.Mentions, "{mention}", "Mentions written by ingest, by language, entity type and review status.");
    private static readonly Histogram<double> ExtractDuration = Meter.CreateHistogram(MetricNames.ExtractDuration, "s", "Model recognition of one language part of a text, by model and language.", null, Seconds);
    private static readonly Histogram<double> IngestDuration = Meter.CreateHistogram(MetricNames.IngestDuration, "s", "Ingest of one document (extraction, linking, store write), by model and language.", null, Seconds);
    private static readonly Histogram<long> BatchSize = Meter.CreateHistogram(MetricNames.BatchSize, "{window}", "Windows scored together by a model's dynamic batcher.", null, new InstrumentAdvice<long> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128] });
    private static readonly Histogram<double> QueueWait = Meter.CreateHistogram(MetricNames.QueueWait, "s", "Time a window waited in a model's batcher queue before its batch ran.", null, Seconds);
    private static readonly Counter<long> Errors = Meter.CreateCounter<long>(MetricNames.Errors, "{error}", "Errors answered to API clients, by error code.");
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<object, Func<IEnumerable<Measurement<double>>>>> GaugeSources = new(StringComparer.Ordinal);

    // Gauges read whatever sources are registered now (a drift monitor, a review-queue poller), so that a host that starts
    // and stops several times in one process (tests) never registers the same instrument twice.
    private static readonly ObservableGauge<double>[] Gauges =
    [
        Meter.CreateObservableGauge(MetricNames.ReviewQueueDepth, () => Read(MetricNames.ReviewQueueDepth), "{mention}", "Mentions waiting for review (IN_REVIEW) in the store."),
        Meter.CreateObservableGauge(MetricNames.DriftPsi, () => Read(MetricNames.DriftPsi), null, "Population stability index of a model's recent entities against its dev baseline, by model, language and kind (confidence, types)."),
        Meter.CreateObservableGauge(MetricNames.DriftWindow, () => Read(MetricNames.DriftWindow), "{entity}", "Entities in a model's drift window, by model and language."),
    ];

    /// <summary>A document was written to the store.</summary>
    public static void DocumentIngested(string format, string outcome) =>
        DocumentsIngested.Add(1, new TagList { { MetricTags.Format, format }, { MetricTags.Outcome, outcome } });

    /// <summary>
    /// The format tag of a document known only by its path (or <c>FILE#part/NAME</c>): the lowercase extension of its last
    /// segment (<c>pdf</c>, <c>docx</c>...), or <paramref name="fallback"/> when there is no plausible one.
    /// </summary>
    public static string FormatOfPath(string? path, string fallback)
    {
        var extension = Path.GetExtension(path ?? string.Empty).TrimStart('.').ToLowerInvariant();
        return extension.Length is > 0 and <= 8 && extension.All(char.IsAsciiLetterOrDigit) ? extension : fallback;
    }

    /// <summary>A document could not be read or ingested.</summary>
    public static void DocumentFailed(string format, string code) =>
        DocumentsFailed.Add(1, new TagList { { MetricTags.Format, format }, { MetricTags.Code, code } });

    /// <summary><paramref name="count"/> mentions of one language, type and status were written.</summary>
    public static void MentionsWritten(string language, string type, string status, long count) =>
        Mentions.Add(count, new TagList { { MetricTags.Language, language }, { MetricTags.Type, type }, { MetricTags.Status, status } });

    /// <summary>A language part of a text was recognized by <paramref name="model"/>.</summary>
    public static void Extracted(string model, string language, TimeSpan elapsed) =>
        ExtractDuration.Record(elapsed.TotalSeconds, new TagList { { MetricTags.Model, model }, { MetricTags.Language, language } });

    /// <summary>A document was ingested; <paramref name="model"/> is the model of its largest language part.</summary>
    public static void Ingested(string model, string language, TimeSpan elapsed) =>
        IngestDuration.Record(elapsed.TotalSeconds, new TagList { { MetricTags.Model, model }, { MetricTags.Language, language } });

    /// <summary>A model's batcher ran a batch of <paramref name="size"/> windows.</summary>
    public static void BatchRan(string model, int size) =>
        BatchSize.Record(size, new TagList { { MetricTags.Model, model } });

    /// <summary>A window waited <paramref name="waited"/> in a model's batcher queue.</summary>
    public static void QueueWaited(string model, TimeSpan waited) =>
        QueueWait.Record(waited.TotalSeconds, new TagList { { MetricTags.Model, model } });

    /// <summary>An error with <paramref name="code"/> was answered to a client.</summary>
    public static void ErrorAnswered(string code) =>
        Errors.Add(1, new TagList { { MetricTags.Code, code } });

    /// <summary>
    /// Makes <paramref name="source"/> one of the sources of the gauge <paramref name="gauge"/> (one of
    /// <see cref="MetricNames.ReviewQueueDepth"/>, <see cref="MetricNames.DriftPsi"/>, <see cref="MetricNames.DriftWindow"/>)
    /// until the returned registration is disposed. The source runs on each collection and must return at once.
    /// </summary>
    public static IDisposable ObserveGauge(string gauge, Func<IEnumerable<Measurement<double>>> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!Gauges.Any(g => g.Name == gauge))
        {
            throw new ArgumentException($"No gauge named '{gauge}'.", nameof(gauge));
        }

        var key = new object();
        GaugeSources.GetOrAdd(gauge, _ => new ConcurrentDictionary<object, Func<IEnumerable<Measurement<double>>>>())[key] = source;
        return new GaugeRegistration(() => GaugeSources[gauge].TryRemove(key, out _));
    }

    private static IEnumerable<Measurement<double>> Read(string gauge) =>
        GaugeSources.TryGetValue(gauge, out var sources) ? sources.Values.SelectMany(source => source()).ToList() : [];

    private sealed class GaugeRegistration(Action remove) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                remove();
            }
        }
    }
}
