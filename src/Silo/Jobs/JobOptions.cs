namespace EntityGraph.Silo.Jobs;

/// <summary>Batch jobs on a serving silo (section <c>EntityGraph:Jobs</c>).</summary>
public sealed class JobOptions
{
    public const string SectionName = "EntityGraph:Jobs";

    /// <summary>How often each silo looks for unfinished jobs and makes sure each runs somewhere (also once at start).</summary>
    public TimeSpan ResumeInterval { get; set; } = TimeSpan.FromSeconds(30);
}
