namespace EntityGraph.Grains.Cluster;

/// <summary>What this silo has served since it started, for the cluster view.</summary>
public sealed class SiloActivity
{
    private long _extractions;

    /// <summary>Language parts extracted on this silo.</summary>
    public long Extractions => Interlocked.Read(ref _extractions);

    public void ExtractionServed() => Interlocked.Increment(ref _extractions);
}
