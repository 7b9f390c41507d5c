namespace EntityGraph.Recognizers.Pipeline.Policies;

/// <summary>The conflict-resolution policies by name.</summary>
public static class ConflictPolicies
{
    /// <summary>"priority": overlaps resolved by recognizer priority, then length, then type, then score (extraction).</summary>
    public const string Priority = "priority";

    /// <summary>"equal-spans-higher-score": of detections with the same span, the higher score stays.</summary>
    public const string EqualSpansHigherScore = "equal-spans-higher-score";

    /// <summary>"container-wins": a detection inside another gives way to its container.</summary>
    public const string ContainerWins = "container-wins";

    /// <summary>"merge-overlaps": partially overlapping detections become one covering both (redaction).</summary>
    public const string MergeOverlaps = "merge-overlaps";

    /// <summary>Every policy, one instance each (they hold no state).</summary>
    public static IReadOnlyList<IConflictPolicy> All { get; } =
    [
        new PriorityPolicy(),
        new EqualSpansHigherScorePolicy(),
        new ContainerWinsPolicy(),
        new MergeOverlapsPolicy(),
    ];

    /// <summary>The policy of that name, or null.</summary>
    public static IConflictPolicy? Find(string name) =>
        All.FirstOrDefault(policy => string.Equals(policy.Name, name, StringComparison.Ordinal));
}
