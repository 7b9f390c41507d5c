namespace EntityGraph.Storage;

/// <summary>The states of a batch job: QUEUED, RUNNING, then one of the finished states COMPLETED, FAILED, CANCELLED.</summary>
public static class JobStates
{
    public const string Queued = "QUEUED";
    public const string Running = "RUNNING";
    public const string Completed = "COMPLETED";
    public const string Failed = "FAILED";
    public const string Cancelled = "CANCELLED";

    /// <summary>Every state, in the order a job passes them.</summary>
    public static IReadOnlyList<string> All { get; } = [Queued, Running, Completed, Failed, Cancelled];

    /// <summary>True for COMPLETED, FAILED and CANCELLED: a finished job changes no more.</summary>
    public static bool IsFinished(string state) => state is Completed or Failed or Cancelled;
}
