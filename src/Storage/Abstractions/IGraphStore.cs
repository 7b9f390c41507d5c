namespace EntityGraph.Storage;

/// <summary>
/// The entity graph: entities with aliases, documents with tags, mentions and co-occurrence.
/// Every document write is one transaction; reads are batched by key for DataLoaders.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates the schema when missing. Safe to call more than once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>The stored content hash of a document, or null when it is not stored.</summary>
    Task<string?> GetContentHashAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a document with all of its mentions in one transaction, replacing any earlier version and
    /// keeping entity counts, aliases and co-occurrence exact. Unchanged content is a no-op.
    /// </summary>
    Task<DocumentWriteOutcome> UpsertDocumentAsync(DocumentWrite write, CancellationToken cancellationToken = default);

    /// <summary>The entity id a (type, normalized key) pair is linked to, or null.</summary>
    Task<string?> FindEntityByKeyAsync(string type, string normalizedKey, CancellationToken cancellationToken = default);

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

    /// <summary>Every mention in document order, for export.</summary>
    IAsyncEnumerable<MentionRecord> StreamMentionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or removes a manual tag. Returns false when the document does not exist.</summary>
    Task<bool> SetTagAsync(string documentId, string tag, bool present, CancellationToken cancellationToken = default);

    /// <summary>Totals for monitoring.</summary>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>Stored entities that may be what a document's mention cluster names, for cross-document linking.</summary>
    Task<IReadOnlyList<LinkCandidateRecord>> FindLinkCandidatesAsync(LinkCandidateQuery query, CancellationToken cancellationToken = default);

    /// <summary>Link decisions, newest first; filtered by entity (as linked or as candidate) and kind.</summary>
    Task<Page<LinkDecisionRecord>> GetLinkDecisionsAsync(LinkDecisionQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Merges entities into a target in one transaction: mentions move (one per span when both had it), counts, aliases and
    /// co-occurrence are recomputed from the mention rows, keys and manual aliases move, the sources are deleted and
    /// redirect to the target (later writes naming a source id link to the target).
    /// </summary>
    Task<CurationResult> MergeEntitiesAsync(EntityMerge merge, CancellationToken cancellationToken = default);

    /// <summary>Moves some mentions of an entity to a new entity in one transaction, keeping every count exact.</summary>
    Task<CurationResult> SplitEntityAsync(EntitySplit split, CancellationToken cancellationToken = default);

    /// <summary>Renames an entity in one transaction; the new name is searchable and its key links to the entity when free.</summary>
    Task<CurationResult> RenameEntityAsync(EntityRename rename, CancellationToken cancellationToken = default);

    /// <summary>Adds a manual alias in one transaction; fails with KEY_CONFLICT when another entity holds the alias's key.</summary>
    Task<CurationResult> AddAliasAsync(AliasAddition alias, CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports a user alias table in one transaction: missing entities are created, every name becomes a manual alias and
    /// its key links to its entity; an entity that held such a key and was not itself imported is merged into the imported
    /// one. Two imported entities claiming one key fail the whole import with KEY_CONFLICT.
    /// </summary>
    Task<AliasImportResult> ImportAliasesAsync(IReadOnlyList<AliasImportRow> rows, CancellationToken cancellationToken = default);
}
