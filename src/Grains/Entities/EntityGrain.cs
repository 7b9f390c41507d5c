using EntityGraph.Linking.Normalization;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Entities;

/// <summary>
/// The one place that decides which entity a normalized key of a link group links to (the key is "GROUP|normalized key";
/// every named type shares the group <see cref="EntityTypes.NamedGroup"/>, a value type is its own group, see
/// <see cref="EntityTypes.LinkGroup"/>). For a candidate of a type: the cached answer for that type, else the store's link
/// for the type and key, else (a named type, both names shaped as proper names, <see cref="NameShape"/>) the entity the key
/// links to under another named type, else (on a claim) the proposed id. So a name the models typed ORG in one document and
/// LOC in another is one entity, while the common word "apple" stays apart from "Apple". Calls for one key are serialized by
/// the grain, so concurrent documents mentioning the same entity always get the same id. Curation calls
/// <see cref="ForgetAsync"/> after moving the key; a cached id that a merge removed without telling the grain is still
/// safe, because the store redirects merged ids. Idle activations are collected after 2 minutes (the store holds the
/// answer; the grain only serializes concurrent claims).
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
public sealed class EntityGrain(IGraphStore store) : Grain, IEntityGrain
{
    private readonly Dictionary<string, string> entityIds = new(StringComparer.Ordinal);

    public async Task<string> ResolveAsync(EntityCandidate candidate, CancellationToken cancellationToken = default)
    {
        var (type, key) = Check(candidate);
        return await FindAsync(candidate, cancellationToken) ?? Remember(type, EntityIds.Create(type, key));
    }

    public async Task<string?> FindAsync(EntityCandidate candidate, CancellationToken cancellationToken = default)
    {
        var (type, key) = Check(candidate);
        if (entityIds.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var found = await store.FindEntityByKeyAsync(type, key, cancellationToken)
            ?? await FindUnderAnotherTypeAsync(candidate, type, key, cancellationToken);
        return found is null ? null : Remember(type, found);
    }

    public async Task<string> ClaimAsync(EntityCandidate candidate, string proposedEntityId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(proposedEntityId))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, "A claim needs the id of the entity the key should link to.");
        }

        return await FindAsync(candidate, cancellationToken) ?? Remember(candidate.Type, proposedEntityId);
    }

    public Task ForgetAsync(CancellationToken cancellationToken = default)
    {
        entityIds.Clear();
        return Task.CompletedTask;
    }

    private async Task<string?> FindUnderAnotherTypeAsync(EntityCandidate candidate, string type, string key, CancellationToken cancellationToken)
    {
        if (!EntityTypes.IsNamed(type) || !NameShape.IsProperName(candidate.SurfaceText))
        {
            return null;
        }

        if (await store.FindEntityByNameKeyAsync(key, EntityTypes.ValueTypes, cancellationToken) is not { } other)
        {
            return null;
        }

        var stored = await store.GetEntitiesAsync([other], cancellationToken);
        return stored.TryGetValue(other, out var entity) && NameShape.IsProperName(entity.CanonicalName) ? other : null;
    }

    private string Remember(string type, string id)
    {
        entityIds[type] = id;
        return id;
    }

    private (string Type, string Key) Check(EntityCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var grainKey = this.GetPrimaryKeyString();
        if (!EntityKeys.TryParse(grainKey, out var group, out var normalizedKey))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"'{grainKey}' is not an entity key (expected GROUP|normalized key).");
        }

        if (!string.Equals(EntityTypes.LinkGroup(candidate.Type), group, StringComparison.Ordinal) || !string.Equals(candidate.NormalizedKey, normalizedKey, StringComparison.Ordinal))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"The candidate {candidate.Type}|{candidate.NormalizedKey} was sent to entity key '{grainKey}'.");
        }

        return (candidate.Type, normalizedKey);
    }
}
