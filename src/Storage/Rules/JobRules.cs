namespace EntityGraph.Storage;

/// <summary>What a stored job and its items must satisfy on every backend; a violation is <see cref="ErrorCodes.InvalidInput"/>.</summary>
public static class JobRules
{
    /// <summary>Rejects a job without an id, a kind or options.</summary>
    public static void Validate(JobRecord job)
    {
        ArgumentNullException.ThrowIfNull(job);
        QueryArguments.RequireId(job.Id, "The job id");
        if (string.IsNullOrWhiteSpace(job.Kind) || job.Kind.Length > StorageLimits.MaxTypeLength)
        {
            throw new GraphStoreException(ErrorCodes.InvalidInput, "A job needs a kind.");
        }

        if (string.IsNullOrWhiteSpace(job.Options))
        {
            throw new GraphStoreException(ErrorCodes.InvalidInput, "A job needs its options (a JSON object, '{}' for none).");
        }
    }

    /// <summary>Rejects an item without an origin, in an unknown state, or pending without a payload.</summary>
    public static void Validate(JobItemWrite item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (string.IsNullOrEmpty(item.Origin) || item.Origin.Length > StorageLimits.MaxSourceLength)
        {
            throw new GraphStoreException(ErrorCodes.InvalidInput, $"A job item needs an origin of 1-{StorageLimits.MaxSourceLength} characters.");
        }

        if (!JobItemStates.All.Contains(item.State))
        {
            throw new GraphStoreException(ErrorCodes.InvalidInput, $"'{item.State}' is not a job item state.");
        }

        if (item.State == JobItemStates.Pending && item.Payload is null)
        {
            throw new GraphStoreException(ErrorCodes.InvalidInput, $"The pending job item '{item.Origin}' needs a payload.");
        }
    }

    /// <summary>Rejects a completion to PENDING or an unknown state, and DONE without an outcome.</summary>
    public static void Validate(JobItemCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        if (completion.State is not (JobItemStates.Done or JobItemStates.Failed or JobItemStates.Skipped))
        {
            throw new GraphStoreException(ErrorCodes.InvalidInput, $"A job item finishes as DONE, FAILED or SKIPPED (was '{completion.State}').");
        }

        if (completion.State == JobItemStates.Done && completion.Outcome is not ("Created" or "Updated" or "Unchanged"))
        {
            throw new GraphStoreException(ErrorCodes.InvalidInput, $"A DONE job item needs the outcome Created, Updated or Unchanged (was '{completion.Outcome}').");
        }
    }
}
