namespace EntityGraph.Storage;

/// <summary>What a reviewer did, as recorded in the review log.</summary>
public static class ReviewActions
{
    /// <summary>The mention is right as it is: it becomes <see cref="MentionStatus.Accepted"/> (and linked, if it was rejected).</summary>
    public const string Accept = "ACCEPT";

    /// <summary>The mention is wrong: it becomes <see cref="MentionStatus.Rejected"/>, unlinked and kept for audit.</summary>
    public const string Reject = "REJECT";

    /// <summary>The mention's type or span was wrong: it becomes <see cref="MentionStatus.Corrected"/> and is linked anew.</summary>
    public const string Correct = "CORRECT";

    /// <summary>A span the model missed: a new <see cref="MentionStatus.Added"/> mention, linked like a model's.</summary>
    public const string Add = "ADD";

    /// <summary>Every mention of the document is decided: the document becomes training data.</summary>
    public const string Complete = "COMPLETE";
}
