namespace EntityGraph.Grains;

/// <summary>The cluster as a whole: every silo known to membership, live ones described by themselves.</summary>
[Alias("EntityGraph.IClusterViewGrain")]
public interface IClusterViewGrain : IGrainWithIntegerKey
{
    [Alias("Describe")]
    Task<IReadOnlyList<SiloView>> DescribeAsync(CancellationToken cancellationToken = default);

    /// <summary>The drift windows of every active silo that answers in time, by silo, model and language.</summary>
    [Alias("ModelHealth")]
    Task<IReadOnlyList<ModelHealthView>> ModelHealthAsync(CancellationToken cancellationToken = default);
}
