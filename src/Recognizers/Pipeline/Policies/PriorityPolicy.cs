using EntityGraph.Recognizers.Matching;

namespace EntityGraph.Recognizers.Pipeline.Policies;

/// <summary>
/// Keeps a non-overlapping subset: the higher recognizer priority first, then the longer span, then the more specific
/// rule type (<see cref="PatternTypes.All"/> order), then the higher score, then the earlier start. With the extraction
/// profile's priorities (e-mail and URL rules 2, the model 1, other rules 0) a model entity wins over a date or amount it
/// overlaps, and an e-mail address or URL wins over the model, because those rules are exact.
/// </summary>
public sealed class PriorityPolicy : IConflictPolicy
{
    /// <inheritdoc />
    public string Name => ConflictPolicies.Priority;

    /// <inheritdoc />
    public IReadOnlyList<Candidate> Resolve(IReadOnlyList<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return MatchOverlapResolver.Resolve(candidates);
    }
}
