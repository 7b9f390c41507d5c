using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using EntityGraph.Telemetry.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Telemetry.Drift;

/// <summary>
/// Watches what each model recognizes, per language: a rolling window of the last <see cref="DriftOptions.Window"/>
/// entities (calibrated confidence, type) compared with the model's dev baseline by the population stability index of
/// the confidence bins and of the type mix. Exposed as the gauges <see cref="MetricNames.DriftPsi"/> and
/// <see cref="MetricNames.DriftWindow"/> and by <see cref="Health"/> (GraphQL <c>modelHealth</c>); logs a warning when
/// a window crosses <see cref="DriftOptions.Threshold"/> (and a note when it comes back). Per process.
/// </summary>
public sealed class DriftMonitor : IDisposable
{
    private readonly ConcurrentDictionary<(string Model, string Language), DriftWindow> _windows = new();
    private readonly DriftOptions _options;
    private readonly ILogger<DriftMonitor> _logger;
    private readonly IDisposable[] _gauges;

    public DriftMonitor(IOptions<DriftOptions> options, ILogger<DriftMonitor> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        _gauges =
        [
            EntityGraphMetrics.ObserveGauge(MetricNames.DriftPsi, PsiMeasurements),
            EntityGraphMetrics.ObserveGauge(MetricNames.DriftWindow, WindowMeasurements),
        ];
    }

    /// <summary>Adds what <paramref name="model"/> recognized in one text of <paramref name="language"/> to its window.</summary>
    /// <param name="model">The model id.</param>
    /// <param name="language">The language the text was recognized in.</param>
    /// <param name="baseline">The model's baseline (used when the window is created), or null when it has none.</param>
    /// <param name="entities">Type and calibrated confidence of each entity.</param>
    public void Observe(string model, string language, DriftBaseline? baseline, IReadOnlyCollection<(string Type, double Confidence)> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count == 0)
        {
            return;
        }

        var window = _windows.GetOrAdd((model, language), key => new DriftWindow(_options.Window, baseline?.For(key.Language)));
        window.Add(entities);
        Check(model, language, window);
    }

    /// <summary>Every window (or those of one model and/or language), ordered by model then language.</summary>
    public IReadOnlyList<ModelHealth> Health(string? model = null, string? language = null) =>
        _windows
            .Where(kv => (model is null || kv.Key.Model == model) && (language is null || kv.Key.Language == language))
            .OrderBy(kv => kv.Key.Model, StringComparer.Ordinal)
            .ThenBy(kv => kv.Key.Language, StringComparer.Ordinal)
            .Select(kv => Measure(kv.Key.Model, kv.Key.Language, kv.Value))
            .ToList();

    public void Dispose()
    {
        foreach (var gauge in _gauges)
        {
            gauge.Dispose();
        }
    }

    private void Check(string model, string language, DriftWindow window)
    {
        var health = Measure(model, language, window);
        if (health.ConfidencePsi is not { } confidence || health.TypePsi is not { } types || health.Drifting == window.Drifting)
        {
            return;
        }

        window.Drifting = health.Drifting;
        if (health.Drifting)
        {
            DriftLog.Drifting(_logger, model, language, confidence, types, health.WindowEntities, _options.Threshold);
        }
        else
        {
            DriftLog.Recovered(_logger, model, language, confidence, types);
        }
    }

    private ModelHealth Measure(string model, string language, DriftWindow window)
    {
        var (entities, seen, confidence, types) = window.Snapshot();
        var baseline = window.Baseline;
        double? confidencePsi = null;
        double? typePsi = null;
        if (baseline is not null && entities >= _options.MinEntities)
        {
            confidencePsi = Math.Round(PopulationStability.Index(baseline.Confidence, baseline.Entities, confidence, entities), 4);
            typePsi = Math.Round(PopulationStability.Index(baseline.Types, baseline.Entities, types, entities), 4);
        }

        var drifting = confidencePsi > _options.Threshold || typePsi > _options.Threshold;
        return new ModelHealth(
            model,
            language,
            entities,
            seen,
            baseline?.Entities ?? 0,
            confidencePsi,
            typePsi,
            _options.Threshold,
            drifting,
            confidence,
            baseline?.Confidence ?? [],
            types,
            baseline?.Types ?? new Dictionary<string, double>(StringComparer.Ordinal));
    }

    private IEnumerable<Measurement<double>> PsiMeasurements()
    {
        foreach (var health in Health())
        {
            if (health.ConfidencePsi is { } confidence)
            {
                yield return new Measurement<double>(confidence, Tags(health, "confidence"));
            }

            if (health.TypePsi is { } types)
            {
                yield return new Measurement<double>(types, Tags(health, "types"));
            }
        }
    }

    private IEnumerable<Measurement<double>> WindowMeasurements() =>
        Health().Select(health => new Measurement<double>(health.WindowEntities, new TagList { { MetricTags.Model, health.Model }, { MetricTags.Language, health.Language } }));

    private static TagList Tags(ModelHealth health, string kind) =>
        new() { { MetricTags.Model, health.Model }, { MetricTags.Language, health.Language }, { MetricTags.Kind, kind } };
}
