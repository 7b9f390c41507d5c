namespace EntityGraph.Storage;

/// <summary>Everything one document contributes to the graph, written atomically.</summary>
public sealed record DocumentWrite(
    string Id,
    string Language,
    double LanguageConfidence,
    string? Title,
    string? Source,
    string ContentHash,
    string Text,
    bool UsedFallbackModel,
    IReadOnlyList<EntityWrite> Entities,
    IReadOnlyList<MentionWrite> Mentions,
    IReadOnlyList<TagRecord> AutomaticTags);

/// <summary>An entity the document links to; created when missing, otherwise left as stored.</summary>
public sealed record EntityWrite(string Id, string Type, string CanonicalName, string NormalizedKey);

/// <summary>A mention to store; Start/End are UTF-16 offsets into the document text.</summary>
public sealed record MentionWrite(
    string EntityId,
    int Start,
    int End,
    string Text,
    string Type,
    double Confidence,
    string ModelId,
    string Language);
