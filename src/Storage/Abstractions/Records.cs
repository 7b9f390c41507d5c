namespace EntityGraph.Storage;

/// <summary>A node of the graph: one real-world thing.</summary>
public sealed record EntityRecord(
    string Id,
    string Type,
    string CanonicalName,
    string NormalizedKey,
    int MentionCount,
    int DocumentCount);

/// <summary>
/// A surface name of an entity in one language, with how often it was seen in mentions. Manual aliases (added by curation
/// or alias import) have <see cref="Manual"/> set and count 0 unless mentions use them too.
/// </summary>
public sealed record AliasRecord(string EntityId, string Name, string Language, int Count, bool Manual = false);

/// <summary>A stored document with its full text; <see cref="Origin"/> is the file, format and part it was read from (null when it came from no file, or was stored before origins were kept).</summary>
public sealed record DocumentRecord(
    string Id,
    string Language,
    double LanguageConfidence,
    string? Title,
    string? Source,
    string ContentHash,
    string Text,
    IReadOnlyList<TagRecord> Tags,
    bool UsedFallbackModel,
    DateTimeOffset UpdatedAt,
    string? Domain = null,
    DocumentReview? Review = null,
    DocumentOrigin? Origin = null);

/// <summary>Who completed the review of a document and when: every mention decided, so the document is training data.</summary>
public sealed record DocumentReview(string? ReviewedBy, DateTimeOffset ReviewedAt);

/// <summary>A document tag; automatic tags carry a salience score in [0,1].</summary>
public sealed record TagRecord(string Name, bool Manual, double Score);

/// <summary>
/// One occurrence of an entity in a document. Start/End are UTF-16 offsets into the original text. <see cref="EntityId"/>
/// is null only for a <see cref="MentionStatus.Rejected"/> mention; <see cref="ReviewedBy"/> and <see cref="ReviewedAt"/>
/// are set once a reviewer decided it.
/// </summary>
public sealed record MentionRecord(
    long Id,
    string DocumentId,
    string? EntityId,
    int Start,
    int End,
    string Text,
    string Type,
    double Confidence,
    string ModelId,
    string Language,
    string Status = MentionStatus.Accepted,
    string? ReviewedBy = null,
    DateTimeOffset? ReviewedAt = null)
{
    /// <summary>The entity of a linked mention (every read of linked mentions has one); throws for a rejected mention.</summary>
    public string LinkedEntityId => EntityId ?? throw new InvalidOperationException($"Mention {Id} is {Status} and links to no entity.");
}

/// <summary>A related document: score = sum over shared entities of ln(1 + N/df) x salience here x salience there; shared entities by contribution.</summary>
public sealed record RelatedDocumentRecord(string DocumentId, double Score, IReadOnlyList<string> SharedEntityIds);

/// <summary>A related entity: normalized PMI over documents, the number of documents shared, and up to 5 of them (newest first).</summary>
public sealed record RelatedEntityRecord(string EntityId, double Score, int CoOccurrenceCount, IReadOnlyList<string>? SharedDocumentIds = null);

/// <summary>
/// Sizes of the graph. <see cref="Mentions"/> counts linked mentions (every status but rejected);
/// <see cref="MentionsByStatus"/> counts every stored mention by status, rejected ones included.
/// </summary>
public sealed record GraphStatistics(long Entities, long Documents, long Mentions, long Aliases, MentionStatusCounts? MentionsByStatus = null);

/// <summary>Stored mentions per <see cref="MentionStatus"/>.</summary>
public sealed record MentionStatusCounts(long Accepted, long InReview, long Rejected, long Corrected, long Added)
{
    /// <summary>The count of one status.</summary>
    public long this[string status] => status switch
    {
        MentionStatus.Accepted => Accepted,
        MentionStatus.InReview => InReview,
        MentionStatus.Rejected => Rejected,
        MentionStatus.Corrected => Corrected,
        MentionStatus.Added => Added,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a mention status."),
    };

    /// <summary>Counts from (status, count) rows; statuses without rows count 0.</summary>
    public static MentionStatusCounts From(IReadOnlyDictionary<string, long> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        long Of(string status) => counts.TryGetValue(status, out var count) ? count : 0;
        return new(Of(MentionStatus.Accepted), Of(MentionStatus.InReview), Of(MentionStatus.Rejected), Of(MentionStatus.Corrected), Of(MentionStatus.Added));
    }
}

/// <summary>A page of results in offset order; the API turns offsets into opaque cursors.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int TotalCount)
{
    public bool HasNextPage => Offset + Items.Count < TotalCount;
}

public sealed record EntityQuery(string? Search, string? Type, string? Language, int First, int Offset);

/// <summary>Filters of a document list (each optional): an entity mentioned, a tag, a language, the parent document (<see cref="DocumentOrigin.ParentId"/>: an e-mail's attachments).</summary>
public sealed record DocumentQuery(string? EntityId, string? Tag, string? Language, int First, int Offset, string? ParentId = null);

public enum DocumentWriteOutcome
{
    Created,
    Updated,
    Unchanged,
}
