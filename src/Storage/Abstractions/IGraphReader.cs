namespace EntityGraph.Storage;

/// <summary>Reads of the graph for the API and exports, batched by key for DataLoaders; search across languages and scripts; related documents and entities.</summary>
public interface IGraphReader
{
    /// <summary>Entities by id in one query per 500 ids; ids not stored are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Documents (with tags) by id in one query per 500 ids; ids not stored are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, DocumentRecord>> GetDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Mentions per document id, ordered by start offset; documents without mentions are absent.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<MentionRecord>>> GetMentionsByDocumentAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default);

    /// <summary>Aliases per entity id, most frequent first; entities without aliases are absent.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<AliasRecord>>> GetAliasesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Entities with at least one mention whose alias (or canonical name) folds to the folded search, starts with it, or
    /// has a word starting with it; case, accent and script insensitive. A null or blank search lists all. Type and alias
    /// language filters compare case-insensitively. Most mentioned first, then id.
    /// </summary>
    Task<Page<EntityRecord>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default);

    /// <summary>Documents filtered by entity, tag and language, newest first.</summary>
    Task<Page<DocumentRecord>> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default);

    /// <summary>Documents sharing entities with the given one, rare shared entities weighted highest.</summary>
    Task<IReadOnlyList<RelatedDocumentRecord>> GetRelatedDocumentsAsync(string documentId, int first, CancellationToken cancellationToken = default);

    /// <summary>Entities co-occurring with the given one, ranked by normalized PMI.</summary>
    Task<IReadOnlyList<RelatedEntityRecord>> GetRelatedEntitiesAsync(string entityId, int first, CancellationToken cancellationToken = default);


    /// <summary>Totals for monitoring.</summary>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>Link decisions, newest first; filtered by entity (as linked or as candidate) and kind.</summary>
    Task<Page<LinkDecisionRecord>> GetLinkDecisionsAsync(LinkDecisionQuery query, CancellationToken cancellationToken = default);
}
