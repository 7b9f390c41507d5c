namespace EntityGraph.Storage;

/// <summary>
/// One reviewer decision to store. <see cref="MentionId"/> names the mention (null for <see cref="ReviewActions.Add"/>);
/// <see cref="Start"/>, <see cref="End"/> and <see cref="Type"/> are the mention after the decision (UTF-16 offsets);
/// <see cref="EntityId"/> is the entity it is linked to afterwards (null for a rejection), created from
/// <see cref="Entity"/> when missing, with <see cref="Keys"/> registered and <see cref="Decision"/> logged; the linking
/// comes from the document grain, the store keeps every count exact.
/// </summary>
public sealed record MentionReview(
    string Action,
    string DocumentId,
    long? MentionId,
    int Start,
    int End,
    string Type,
    string? EntityId,
    string? Reviewer,
    EntityWrite? Entity = null,
    IReadOnlyList<EntityKeyWrite>? Keys = null,
    LinkDecisionWrite? Decision = null);
