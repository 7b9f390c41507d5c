namespace EntityGraph.Storage;

/// <summary>
/// The entity a curation operation left (the merge target, the renamed or aliased entity, the new entity of a split),
/// the other entity involved when there is one (the original entity of a split), the ids deleted by a merge, and every
/// (type, key) whose entity changed, so that caches of key links can be refreshed.
/// </summary>
public sealed record CurationResult(
    EntityRecord Entity,
    EntityRecord? Other,
    IReadOnlyList<string> RemovedEntityIds,
    IReadOnlyList<EntityKeyRecord> AffectedKeys);
