using EntityGraph.Storage;

namespace EntityGraph.Grains.Entities;

/// <summary>
/// The one place that decides which entity a "TYPE|normalized key" links to: the cached answer, else the store's link
/// for the key, else (on a claim) the proposed id. Calls for one key are serialized by the grain, so concurrent documents
/// mentioning the same entity always get the same id. Curation calls <see cref="ForgetAsync"/> after moving the key; a
/// cached id that a merge removed without telling the grain is still safe, because the store redirects merged ids. Idle
/// activations are collected after 2 minutes (the store holds the answer; the grain only serializes concurrent claims).
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
public sealed class EntityGrain(IGraphStore store) : Grain, IEntityGrain
{
    private string? entityId;

    public async Task<string> ResolveAsync(EntityCandidate candidate, CancellationToken cancellationToken = default)
    {
        var (type, key) = Check(candidate);
        return await FindAsync(candidate, cancellationToken) ?? Remember(EntityIds.Create(type, key));
    }

    public async Task<string?> FindAsync(EntityCandidate candidate, CancellationToken cancellationToken = default)
    {
        var (type, key) = Check(candidate);
        if (entityId is null && await store.FindEntityByKeyAsync(type, key, cancellationToken) is { } stored)
        {
            entityId = stored;
        }

        return entityId;
    }

    public async Task<string> ClaimAsync(EntityCandidate candidate, string proposedEntityId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(proposedEntityId))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, "A claim needs the id of the entity the key should link to.");
        }

        return await FindAsync(candidate, cancellationToken) ?? Remember(proposedEntityId);
    }

    public Task ForgetAsync(CancellationToken cancellationToken = default)
    {
        entityId = null;
        return Task.CompletedTask;
    }

    private string Remember(string id)
    {
        entityId = id;
        return id;
    }

    private (string Type, string Key) Check(EntityCandidate candidate)
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

        return (type, normalizedKey);
    }
}
