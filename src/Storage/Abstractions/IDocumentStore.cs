namespace EntityGraph.Storage;

/// <summary>Document writes: one transaction per document, its mentions, tags, saliences and link decisions included. The document grain is the only caller, so every change of a document has one write path.</summary>
public interface IDocumentStore
{
    /// <summary>The stored content hash of a document, or null when it is not stored.</summary>
    Task<string?> GetContentHashAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a document with all of its mentions and its manual tags in one transaction, replacing any earlier version
    /// and keeping entity counts, aliases and co-occurrence exact. Unchanged content writes only the manual tags.
    /// </summary>
    Task<DocumentWriteOutcome> UpsertDocumentAsync(DocumentWrite write, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds and removes manual tags of a document in one transaction (a tag in both lists is added). Returns false when
    /// the document does not exist; fails with INVALID_TAG when a name is blank or too long, or when the document would
    /// carry more than <see cref="StorageLimits.MaxManualTags"/> manual tags.
    /// </summary>
    Task<bool> ChangeTagsAsync(TagChange change, CancellationToken cancellationToken = default);
}
