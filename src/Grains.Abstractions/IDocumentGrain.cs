namespace EntityGraph.Grains;

/// <summary>One grain per document id; the one write path of that document: ingest and tag changes, each written atomically.</summary>
[Alias("EntityGraph.IDocumentGrain")]
public interface IDocumentGrain : IGrainWithStringKey
{
    [Alias("Ingest")]
    Task<IngestResult> IngestAsync(DocumentInput input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds and removes manual tags in one store transaction; false when the document is not stored. Bad tags fail with
    /// INVALID_TAG (blank, longer than the limit, too many on the document).
    /// </summary>
    [Alias("ChangeTags")]
    Task<bool> ChangeTagsAsync(IReadOnlyList<string> add, IReadOnlyList<string> remove, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a reviewer's decision on one mention of this document (or adds one) and returns the mention's id. A span that
    /// ends up linked is linked like a model's mention; counts, aliases and co-occurrence stay exact. NOT_FOUND for an
    /// unknown document or mention, INVALID_REVIEW for a bad span or type or a mention already there.
    /// </summary>
    [Alias("ReviewMention")]
    Task<long> ReviewMentionAsync(MentionReviewRequest request, CancellationToken cancellationToken = default);

    /// <summary>Marks the document's review complete (INVALID_REVIEW while a mention is in review): it becomes training data.</summary>
    [Alias("CompleteReview")]
    Task<DateTimeOffset> CompleteReviewAsync(string? reviewer, CancellationToken cancellationToken = default);
}
