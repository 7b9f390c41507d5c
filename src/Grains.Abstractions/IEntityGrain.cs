namespace EntityGraph.Grains;

/// <summary>
/// One grain per entity key ("TYPE|normalized key"): the single place that decides which entity a key links to,
/// so concurrent documents mentioning the same entity never race.
/// </summary>
[Alias("EntityGraph.IEntityGrain")]
public interface IEntityGrain : IGrainWithStringKey
{
    /// <summary>The entity the key links to (cached, else stored), or a new deterministic id for the key.</summary>
    [Alias("Resolve")]
    Task<string> ResolveAsync(EntityCandidate candidate, CancellationToken cancellationToken = default);

    /// <summary>The entity the key links to (cached, else stored), or null when no entity holds the key yet.</summary>
    [Alias("Find")]
    Task<string?> FindAsync(EntityCandidate candidate, CancellationToken cancellationToken = default);

    /// <summary>
    /// Links the key to <paramref name="proposedEntityId"/> unless it already links to an entity, and returns the entity it
    /// links to. Claims of one key are serialized, so concurrent documents agree.
    /// </summary>
    [Alias("Claim")]
    Task<string> ClaimAsync(EntityCandidate candidate, string proposedEntityId, CancellationToken cancellationToken = default);

    /// <summary>Drops the cached link, so the next call reads the store (after curation moved the key).</summary>
    [Alias("Forget")]
    Task ForgetAsync(CancellationToken cancellationToken = default);
}
