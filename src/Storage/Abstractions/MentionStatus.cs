namespace EntityGraph.Storage;

/// <summary>
/// Where a mention stands. Calibrated confidence routes a model's mention to <see cref="Accepted"/>,
/// <see cref="InReview"/> or <see cref="Rejected"/>; a reviewer's decision leaves it <see cref="Accepted"/>,
/// <see cref="Rejected"/> or <see cref="Corrected"/>, and a span a reviewer adds is <see cref="Added"/>. Every status but
/// <see cref="Rejected"/> is linked to an entity and counts in the graph (mentions in review count until rejected);
/// rejected mentions are kept for audit, unlinked.
/// </summary>
public static class MentionStatus
{
    public const string Accepted = "ACCEPTED";

    public const string InReview = "IN_REVIEW";

    public const string Rejected = "REJECTED";

    public const string Corrected = "CORRECTED";

    public const string Added = "ADDED";

    /// <summary>Every status, in the order the API lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Accepted, InReview, Rejected, Corrected, Added];

    /// <summary>Whether a mention in this status is linked to an entity and counted in the graph.</summary>
    public static bool IsLinked(string status) => status != Rejected;
}
