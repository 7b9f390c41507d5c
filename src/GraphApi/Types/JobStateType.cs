using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

/// <summary>The states of a job, as stored (QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED).</summary>
public sealed class JobStateType : EnumerationGraphType
{
    public JobStateType()
    {
        Name = "JobState";
        Description = "QUEUED, RUNNING, then COMPLETED, FAILED or CANCELLED.";
        foreach (var state in JobStates.All)
        {
            Add(state, state);
        }
    }
}
