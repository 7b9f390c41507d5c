namespace EntityGraph.Storage;

/// <summary>
/// Everything one document contributes to the graph, written atomically. <see cref="Keys"/> are extra (type, key) links
/// to register for linked entities (a key another entity holds is left to it); <see cref="Saliences"/> say how central each
/// mentioned entity is to the document (in [0,1]; 1 when missing); <see cref="LinkDecisions"/> record why mentions were linked;
/// <see cref="ManualTags"/> are added as manual tags (kept across later versions, unlike the automatic ones);
/// <see cref="Actor"/> (the API key's name, null without one) is recorded with the link decisions.
/// </summary>
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
    IReadOnlyList<TagRecord> AutomaticTags,
    IReadOnlyList<EntityKeyWrite>? Keys = null,
    IReadOnlyList<EntitySalienceWrite>? Saliences = null,
    IReadOnlyList<LinkDecisionWrite>? LinkDecisions = null,
    IReadOnlyList<string>? ManualTags = null,
    string? Actor = null);

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
