namespace EntityGraph.Recognizers.Pipeline.Policies;

/// <summary>
/// Of detections with exactly the same span, keeps the one with the higher score. Recognizer priority, where the profile
/// sets one, comes first (the redaction profile ranks the model below the rules, so a validated identifier keeps its type).
/// </summary>
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
            if (!best.TryGetValue(span, out var kept) || candidate.Outranks(kept))
            {
                best[span] = candidate;
            }
        }

        return best.Values.ToList();
    }
}
