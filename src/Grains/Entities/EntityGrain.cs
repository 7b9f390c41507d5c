using EntityGraph.Storage;

namespace EntityGraph.Grains.Entities;

/// <summary>
/// The one place that decides which entity a "TYPE|normalized key" links to: the cached answer, else the
/// store's link for the key, else a new deterministic id. Calls for one key are serialized by the grain,
/// so concurrent documents mentioning the same entity always get the same id.
/// </summary>
public sealed class EntityGrain(IGraphStore store) : Grain, IEntityGrain
{
    private string? entityId;

    public async Task<string> ResolveAsync(EntityCandidate candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var grainKey = this.GetPrimaryKeyString();
        if (!EntityKeys.TryParse(grainKey, out var type, out var normalizedKey))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"'{grainKey}' is not an entity key (expected TYPE|normalized key).");
        }

        if (!string.Equals(candidate.Type, type, StringComparison.Ordinal) || !string.Equals(candidate.NormalizedKey, normalizedKey, StringComparison.Ordinal))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"The candidate {candidate.Type}|{candidate.NormalizedKey} was sent to entity key '{grainKey}'.");
        }

        entityId ??= await store.FindEntityByKeyAsync(type, normalizedKey, cancellationToken) ?? EntityIds.Create(type, normalizedKey);
        return entityId;
    }
}
