namespace EntityGraph.Grains;

/// <summary>The models the silo that answers can serve (stateless worker, local): manifest, routes, scores and calibration.</summary>
[Alias("EntityGraph.IModelCatalogGrain")]
public interface IModelCatalogGrain : IGrainWithIntegerKey
{
    /// <summary>Every model of the manifest, ordered by id.</summary>
    [Alias("List")]
    Task<IReadOnlyList<ModelSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes a version (<c>shipped</c>, <c>v1</c>, ...) serve a route of the shared versions folder; every silo that shares
    /// it switches within a second, requests in flight finish on the model they started on. NOT_FOUND for an unknown
    /// version, INVALID_INPUT for a bad tier, language or domain.
    /// </summary>
    [Alias("Activate")]
    Task ActivateAsync(string language, string tier, string? domain, string version, CancellationToken cancellationToken = default);

    /// <summary>Returns a route to the version active before; returns the version active now (null: the shipped model).</summary>
    [Alias("Rollback")]
    Task<string?> RollbackAsync(string language, string tier, string? domain, CancellationToken cancellationToken = default);
}
