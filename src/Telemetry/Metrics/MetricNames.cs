namespace EntityGraph.Telemetry.Metrics;

/// <summary>Instrument names of the <c>EntityGraph</c> meter (Prometheus shows them with dots as underscores and a unit suffix).</summary>
public static class MetricNames
{
    public const string DocumentsIngested = "entitygraph.documents.ingested";
    public const string DocumentsFailed = "entitygraph.documents.failed";
    public const string Mentions = "entitygraph.mentions";
    public const string ExtractDuration = "entitygraph.extract.duration";
    public const string IngestDuration = "entitygraph.ingest.duration";
    public const string BatchSize = "entitygraph.model.batch.size";
    public const string QueueWait = "entitygraph.model.queue.wait";
    public const string Errors = "entitygraph.errors";
    public const string ReviewQueueDepth = "entitygraph.review.queue.depth";
    public const string DriftPsi = "entitygraph.model.drift.psi";
    public const string DriftWindow = "entitygraph.model.drift.window";
}
