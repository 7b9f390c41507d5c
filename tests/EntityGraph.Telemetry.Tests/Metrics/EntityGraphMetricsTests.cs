using System.Diagnostics.Metrics;
using EntityGraph.Telemetry.Metrics;

namespace EntityGraph.Telemetry.Tests.Metrics;

public sealed class EntityGraphMetricsTests
{
    [Fact]
    public void Instruments_are_published_on_the_EntityGraph_meter_with_their_tags()
    {
        var seen = new List<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == EntityGraphMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var map = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                map[tag.Key] = tag.Value;
            }

            lock (seen)
            {
                seen.Add((instrument.Name, value, map));
            }
        });
        listener.Start();

        EntityGraphMetrics.MentionsWritten("xx-test", "PER", "IN_REVIEW", 3);

        lock (seen)
        {
            var mention = Assert.Single(seen, s => s.Instrument == MetricNames.Mentions && Equals(s.Tags[MetricTags.Language], "xx-test"));
            Assert.Equal(3, mention.Value);
            Assert.Equal("PER", mention.Tags[MetricTags.Type]);
            Assert.Equal("IN_REVIEW", mention.Tags[MetricTags.Status]);
        }
    }

    [Fact]
    public void Gauges_read_the_sources_registered_now_and_an_unknown_gauge_is_refused()
    {
        var values = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == EntityGraphMetrics.MeterName && instrument.Name == MetricNames.ReviewQueueDepth)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => values.Add(value));
        listener.Start();

        using (EntityGraphMetrics.ObserveGauge(MetricNames.ReviewQueueDepth, () => [new Measurement<double>(42)]))
        {
            listener.RecordObservableInstruments();
        }

        listener.RecordObservableInstruments();

        Assert.Equal([42.0], values);
        Assert.Throws<ArgumentException>(() => EntityGraphMetrics.ObserveGauge("entitygraph.nope", () => []));
    }

    [Theory]
    [InlineData("/data/mail/report.PDF", "pdf")]
    [InlineData("/data/mail/m.eml#attachment-1/contract.docx", "docx")]
    [InlineData("/data/notes", "text")]
    [InlineData("/data/archive.tar.not-a-format!", "text")]
    [InlineData(null, "text")]
    public void A_path_gives_its_extension_as_the_format_tag_or_the_fallback(string? path, string expected)
    {
        Assert.Equal(expected, EntityGraphMetrics.FormatOfPath(path, "text"));
    }
}
