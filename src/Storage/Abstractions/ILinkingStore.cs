namespace EntityGraph.Storage;

/// <summary>What linking asks of the store: the entity a key links to, and candidates for cross-document decisions.</summary>
public interface ILinkingStore
{
    /// <summary>The entity id a (type, normalized key) pair is linked to, or null.</summary>
    Task<string?> FindEntityByKeyAsync(string type, string normalizedKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// The entity a normalized key is linked to under any type but <paramref name="excludedTypes"/> (one name under two
    /// types is one entity): when several types hold the key, the entity with the most mentions, then the smallest id.
    /// Null when no other type holds it.
    /// </summary>
    Task<string?> FindEntityByNameKeyAsync(string normalizedKey, IReadOnlyCollection<string> excludedTypes, CancellationToken cancellationToken = default);

    /// <summary>Stored entities that may be what a document's mention cluster names, for cross-document linking.</summary>
    Task<IReadOnlyList<LinkCandidateRecord>> FindLinkCandidatesAsync(LinkCandidateQuery query, CancellationToken cancellationToken = default);
}
