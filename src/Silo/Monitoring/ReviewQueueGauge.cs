using System.Diagnostics.Metrics;
using EntityGraph.Storage;
using EntityGraph.Telemetry.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Monitoring;

/// <summary>
/// Feeds the <see cref="MetricNames.ReviewQueueDepth"/> gauge: re-reads the number of mentions in review from the store
/// every <see cref="MonitoringOptions.ReviewQueueInterval"/> (a gauge is read synchronously, so it shows the last figure).
/// The store is shared, so every silo reports the same cluster-wide figure.
/// </summary>
internal sealed class ReviewQueueGauge(IGraphStore store, IOptions<MonitoringOptions> options, ILogger<ReviewQueueGauge> logger) : BackgroundService
{
    private long? _depth;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var registration = EntityGraphMetrics.ObserveGauge(MetricNames.ReviewQueueDepth, Read);
        using var timer = new PeriodicTimer(options.Value.ReviewQueueInterval);
        do
        {
            try
            {
                var statistics = await store.GetStatisticsAsync(stoppingToken);
                _depth = statistics.MentionsByStatus?.InReview;
            }
            catch (GraphStoreException ex)
            {
                MonitoringLog.ReviewQueueUnreadable(logger, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private IEnumerable<Measurement<double>> Read() => _depth is { } depth ? [new Measurement<double>(depth)] : [];
}
