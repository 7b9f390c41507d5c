namespace EntityGraph.Storage;

/// <summary>
/// The human review loop's store: mentions by id (rejected ones too), the queue of mentions in review, reviewer decisions
/// (each in one transaction that keeps entity counts, aliases and co-occurrence exact and logs the mention before and
/// after), completion of a document's review, and the completed documents as training data. The document grain is the
/// only writer, so every change of a document keeps one write path.
/// </summary>
public interface IReviewStore
{
    /// <summary>A mention by id, whatever its status; null when there is none.</summary>
    Task<MentionRecord?> GetMentionAsync(long mentionId, CancellationToken cancellationToken = default);

    /// <summary>Every stored mention of a document, rejected ones included, in text order.</summary>
    Task<IReadOnlyList<MentionRecord>> GetAllMentionsAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>A page of mentions in review.</summary>
    Task<Page<MentionRecord>> GetReviewQueueAsync(ReviewQueueQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies one decision and returns the mention after it. NOT_FOUND for an unknown document or mention (or a mention of
    /// another document); INVALID_REVIEW for a span outside the text, or a linked mention already at that span and type.
    /// </summary>
    Task<MentionRecord> ReviewMentionAsync(MentionReview review, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a document's review complete (it becomes training data). NOT_FOUND for an unknown document; INVALID_REVIEW while
    /// any of its mentions is still in review.
    /// </summary>
    Task<DocumentReview> CompleteReviewAsync(string documentId, string? reviewer, CancellationToken cancellationToken = default);

    /// <summary>The review log of each mention, oldest first, by mention id (mentions never reviewed are left out).</summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<MentionReviewRecord>>> GetMentionReviewsAsync(IReadOnlyCollection<long> mentionIds, CancellationToken cancellationToken = default);

    /// <summary>Documents whose review is complete, by id, each with its linked mentions in text order.</summary>
    IAsyncEnumerable<ReviewedDocumentRecord> StreamReviewedDocumentsAsync(FeedbackQuery query, CancellationToken cancellationToken = default);
}
