using EntityGraph.Telemetry.Drift;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Telemetry.Tests.Drift;

public sealed class DriftMonitorTests
{
    private static readonly DriftBaseline Baseline = DriftBaseline.From(
        [.. Enumerable.Range(0, 80).Select(_ => ("en", "PER", 0.97)), .. Enumerable.Range(0, 20).Select(_ => ("en", "ORG", 0.85))],
        ["en/x.dev"]);

    [Fact]
    public void Entities_like_the_baseline_stay_below_the_threshold_and_log_nothing()
    {
        var log = new RecordingLogger();
        using var monitor = Monitor(log, window: 100, minEntities: 50);

        for (var i = 0; i < 10; i++)
        {
            monitor.Observe("en-model", "en", Baseline, [.. Enumerable.Range(0, 8).Select(_ => ("PER", 0.96)), ("ORG", 0.86), ("ORG", 0.81)]);
        }

        var health = Assert.Single(monitor.Health());
        Assert.Equal(100, health.WindowEntities);
        Assert.Equal(0, health.ConfidencePsi!.Value, 3);
        Assert.Equal(0, health.TypePsi!.Value, 3);
        Assert.False(health.Drifting);
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void Low_confidence_entities_of_another_mix_cross_the_threshold_once_and_the_warning_names_model_and_language()
    {
        var log = new RecordingLogger();
        using var monitor = Monitor(log, window: 100, minEntities: 50);

        Assert.Empty(monitor.Health());
        for (var i = 0; i < 20; i++)
        {
            monitor.Observe("en-model", "de", Baseline, [("MISC", 0.31), ("LOC", 0.52), ("PER", 0.44), ("ORG", 0.12), ("MISC", 0.66)]);
        }

        var health = Assert.Single(monitor.Health("en-model", "de"));
        Assert.True(health.ConfidencePsi > 0.2);
        Assert.True(health.TypePsi > 0.2);
        Assert.True(health.Drifting);
        var warning = Assert.Single(log.Warnings);
        Assert.Contains("en-model", warning, StringComparison.Ordinal);
        Assert.Contains("language de", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexes_wait_for_enough_entities_and_a_model_without_baseline_reports_none()
    {
        var log = new RecordingLogger();
        using var monitor = Monitor(log, window: 100, minEntities: 50);

        monitor.Observe("en-model", "en", Baseline, [("MISC", 0.1)]);
        monitor.Observe("no-baseline", "en", null, [.. Enumerable.Range(0, 60).Select(_ => ("MISC", 0.1))]);

        var waiting = Assert.Single(monitor.Health("en-model"));
        Assert.Null(waiting.ConfidencePsi);
        Assert.False(waiting.Drifting);
        var without = Assert.Single(monitor.Health("no-baseline"));
        Assert.Null(without.TypePsi);
        Assert.Equal(0, without.BaselineEntities);
        Assert.Equal(60, without.EntitiesSeen);
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void The_window_keeps_only_the_latest_entities()
    {
        using var monitor = Monitor(new RecordingLogger(), window: 10, minEntities: 5);

        monitor.Observe("m", "en", Baseline, [.. Enumerable.Range(0, 10).Select(_ => ("ORG", 0.05))]);
        monitor.Observe("m", "en", Baseline, [.. Enumerable.Range(0, 10).Select(_ => ("PER", 0.97))]);

        var health = Assert.Single(monitor.Health());
        Assert.Equal(10, health.WindowEntities);
        Assert.Equal(20, health.EntitiesSeen);
        Assert.Equal(1.0, health.Types["PER"], 6);
        Assert.False(health.Types.ContainsKey("ORG"));
        Assert.Equal(1.0, health.Confidence[9], 6);
    }

    [Fact]
    public void Settings_that_cannot_work_are_refused()
    {
        var validator = new DriftOptionsValidator();
        Assert.True(validator.Validate(null, new DriftOptions()).Succeeded);
        Assert.True(validator.Validate(null, new DriftOptions { Window = 0 }).Failed);
        Assert.True(validator.Validate(null, new DriftOptions { Window = 10, MinEntities = 11 }).Failed);
        Assert.True(validator.Validate(null, new DriftOptions { Threshold = 0 }).Failed);
        Assert.True(validator.Validate(null, new DriftOptions { Threshold = double.NaN }).Failed);
    }

    private static DriftMonitor Monitor(RecordingLogger log, int window, int minEntities) =>
        new(Options.Create(new DriftOptions { Window = window, MinEntities = minEntities, Threshold = 0.2 }), log);

    private sealed class RecordingLogger : ILogger<DriftMonitor>
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }
}
