namespace EntityGraph.Grains;

/// <summary>
/// One grain per entity key ("TYPE|normalized key"): the single place that decides which entity a key links to,
/// so concurrent documents mentioning the same entity never race.
/// </summary>
[Alias("EntityGraph.IEntityGrain")]
public interface IEntityGrain : IGrainWithStringKey
{
    [Alias("Resolve")]
    Task<string> ResolveAsync(EntityCandidate candidate, CancellationToken cancellationToken = default);
}
