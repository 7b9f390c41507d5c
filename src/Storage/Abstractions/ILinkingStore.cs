namespace EntityGraph.Storage;

/// <summary>What linking asks of the store: the entity a key links to, and candidates for cross-document decisions.</summary>
public interface ILinkingStore
{
    /// <summary>The entity id a (type, normalized key) pair is linked to, or null.</summary>
    Task<string?> FindEntityByKeyAsync(string type, string normalizedKey, CancellationToken cancellationToken = default);

    /// <summary>Stored entities that may be what a document's mention cluster names, for cross-document linking.</summary>
    Task<IReadOnlyList<LinkCandidateRecord>> FindLinkCandidatesAsync(LinkCandidateQuery query, CancellationToken cancellationToken = default);
}
