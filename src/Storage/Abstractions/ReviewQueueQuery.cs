namespace EntityGraph.Storage;

/// <summary>How the review queue is ordered.</summary>
public enum ReviewOrder
{
    /// <summary>Nearest the accept threshold first (uncertainty sampling): the smallest accept threshold minus confidence.</summary>
    Uncertainty,

    /// <summary>In the order the mentions were stored.</summary>
    Oldest,
}

/// <summary>A page of mentions in review, optionally of one language, type or document.</summary>
public sealed record ReviewQueueQuery(string? Language, string? Type, string? DocumentId, ReviewOrder Order, int First, int Offset);
