namespace EntityGraph.Recognizers.Pipeline.Policies;

/// <summary>Of detections with exactly the same span, keeps the one with the higher score (then the higher priority, then the first).</summary>
public sealed class EqualSpansHigherScorePolicy : IConflictPolicy
{
    /// <inheritdoc />
    public string Name => ConflictPolicies.EqualSpansHigherScore;

    /// <inheritdoc />
    public IReadOnlyList<Candidate> Resolve(IReadOnlyList<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var best = new Dictionary<(int Start, int End), Candidate>();
        foreach (var candidate in candidates)
        {
            var span = (candidate.Detection.Start, candidate.Detection.End);
            if (!best.TryGetValue(span, out var kept) || Beats(candidate, kept))
            {
                best[span] = candidate;
            }
        }

        return best.Values.ToList();
    }

    private static bool Beats(Candidate challenger, Candidate holder) =>
        challenger.Detection.Confidence > holder.Detection.Confidence
        || (challenger.Detection.Confidence == holder.Detection.Confidence && challenger.Priority > holder.Priority);
}
