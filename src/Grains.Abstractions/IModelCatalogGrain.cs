namespace EntityGraph.Grains;

/// <summary>The models the silo that answers can serve (stateless worker, local): manifest, routes, scores and calibration.</summary>
[Alias("EntityGraph.IModelCatalogGrain")]
public interface IModelCatalogGrain : IGrainWithIntegerKey
{
    /// <summary>Every model of the manifest, ordered by id.</summary>
    [Alias("List")]
    Task<IReadOnlyList<ModelSummary>> ListAsync(CancellationToken cancellationToken = default);
}
