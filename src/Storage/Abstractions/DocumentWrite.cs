namespace EntityGraph.Storage;

/// <summary>
/// Everything one document contributes to the graph, written atomically. <see cref="Keys"/> are extra (type, key) links
/// to register for linked entities (a key another entity holds is left to it); <see cref="Saliences"/> say how central each
/// mentioned entity is to the document (in [0,1]; 1 when missing); <see cref="LinkDecisions"/> record why mentions were linked;
/// <see cref="ManualTags"/> are added as manual tags (kept across later versions, unlike the automatic ones);
/// <see cref="Actor"/> (the API key's name, null without one) is recorded with the link decisions; <see cref="Rejected"/>
/// are the mentions whose confidence routed them to rejection (kept for audit, not linked); <see cref="Domain"/> names the
/// document's domain (for example <c>politics</c>), whose feedback trains that domain's models; <see cref="Origin"/> says
/// which file, format and part the document was read from (null when it did not come from a file), and replaces the stored
/// origin on every write that is not unchanged.
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
    string? Actor = null,
    IReadOnlyList<RejectedMentionWrite>? Rejected = null,
    string? Domain = null,
    DocumentOrigin? Origin = null);

/// <summary>An entity the document links to; created when missing, otherwise left as stored.</summary>
public sealed record EntityWrite(string Id, string Type, string CanonicalName, string NormalizedKey);

/// <summary>
/// A linked mention to store; Start/End are UTF-16 offsets into the document text. <see cref="Status"/> is
/// <see cref="MentionStatus.Accepted"/> or <see cref="MentionStatus.InReview"/> on ingest; <see cref="AcceptThreshold"/> is
/// the threshold its confidence was routed against (null when not routed), which orders the review queue.
/// </summary>
public sealed record MentionWrite(
    string EntityId,
    int Start,
    int End,
    string Text,
    string Type,
    double Confidence,
    string ModelId,
    string Language,
    string Status = MentionStatus.Accepted,
    double? AcceptThreshold = null);

/// <summary>A mention its confidence rejected: stored for audit with no entity, counted nowhere in the graph.</summary>
public sealed record RejectedMentionWrite(
    int Start,
    int End,
    string Text,
    string Type,
    double Confidence,
    string ModelId,
    string Language,
    double? AcceptThreshold = null);
