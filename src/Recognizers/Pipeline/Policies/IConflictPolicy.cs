namespace EntityGraph.Recognizers.Pipeline.Policies;

/// <summary>
/// One named rule for detections that share characters. A profile applies its policies in order; what the last leaves is
/// the pipeline's answer. Add one by writing its class and listing it in <see cref="ConflictPolicies"/>.
/// </summary>
public interface IConflictPolicy
{
    /// <summary>The name profiles list it by, e.g. "container-wins".</summary>
    string Name { get; }

    /// <summary>The candidates that survive this policy, in any order.</summary>
    IReadOnlyList<Candidate> Resolve(IReadOnlyList<Candidate> candidates);
}
