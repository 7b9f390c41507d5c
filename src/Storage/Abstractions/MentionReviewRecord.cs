namespace EntityGraph.Storage;

/// <summary>One entry of the review log: who did what to which mention, when, and the mention before and after.</summary>
public sealed record MentionReviewRecord(
    long Id,
    string DocumentId,
    long? MentionId,
    string Action,
    string? Reviewer,
    DateTimeOffset At,
    MentionState? Before,
    MentionState? After);

/// <summary>A mention's reviewable state at one moment.</summary>
public sealed record MentionState(string Status, string Type, int Start, int End, string Text, string? EntityId);
