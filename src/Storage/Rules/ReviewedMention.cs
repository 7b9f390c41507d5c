namespace EntityGraph.Storage;

/// <summary>A mention as a review leaves it (<see cref="MentionId"/> null for one being added).</summary>
public sealed record ReviewedMention(
    long? MentionId,
    string DocumentId,
    string? EntityId,
    int Start,
    int End,
    string Text,
    string Type,
    string Language,
    string Status);
