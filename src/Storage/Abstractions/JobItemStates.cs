namespace EntityGraph.Storage;

/// <summary>The states of a job's item: PENDING until processed, then DONE, FAILED or SKIPPED.</summary>
public static class JobItemStates
{
    public const string Pending = "PENDING";
    public const string Done = "DONE";
    public const string Failed = "FAILED";
    public const string Skipped = "SKIPPED";

    /// <summary>Every item state.</summary>
    public static IReadOnlyList<string> All { get; } = [Pending, Done, Failed, Skipped];
}
