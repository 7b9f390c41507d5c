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

/// <summary>A stored document with its full text.</summary>
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
    DateTimeOffset UpdatedAt);

/// <summary>A document tag; automatic tags carry a salience score in [0,1].</summary>
public sealed record TagRecord(string Name, bool Manual, double Score);

/// <summary>One occurrence of an entity in a document. Start/End are UTF-16 offsets into the original text.</summary>
public sealed record MentionRecord(
    long Id,
    string DocumentId,
    string EntityId,
    int Start,
    int End,
    string Text,
    string Type,
    double Confidence,
    string ModelId,
    string Language);

/// <summary>A related document: score = sum over shared entities of ln(1 + N/df) x salience here x salience there; shared entities by contribution.</summary>
public sealed record RelatedDocumentRecord(string DocumentId, double Score, IReadOnlyList<string> SharedEntityIds);

/// <summary>A related entity: normalized PMI over documents, the number of documents shared, and up to 5 of them (newest first).</summary>
public sealed record RelatedEntityRecord(string EntityId, double Score, int CoOccurrenceCount, IReadOnlyList<string>? SharedDocumentIds = null);

public sealed record GraphStatistics(long Entities, long Documents, long Mentions, long Aliases);

/// <summary>A page of results in offset order; the API turns offsets into opaque cursors.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int TotalCount)
{
    public bool HasNextPage => Offset + Items.Count < TotalCount;
}

public sealed record EntityQuery(string? Search, string? Type, string? Language, int First, int Offset);

public sealed record DocumentQuery(string? EntityId, string? Tag, string? Language, int First, int Offset);

public enum DocumentWriteOutcome
{
    Created,
    Updated,
    Unchanged,
}
