namespace EntityGraph.Grains;

/// <summary>One per silo (key: the silo's address), always activated on that silo: what the silo hosts and has served.</summary>
[Alias("EntityGraph.ISiloViewGrain")]
public interface ISiloViewGrain : IGrainWithStringKey
{
    [Alias("Describe")]
    Task<SiloView> DescribeAsync(CancellationToken cancellationToken = default);

    /// <summary>The drift windows of this silo's models (every model and language it has recognized with).</summary>
    [Alias("ModelHealth")]
    Task<IReadOnlyList<ModelHealthView>> ModelHealthAsync(CancellationToken cancellationToken = default);
}
