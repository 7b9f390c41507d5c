namespace EntityGraph.Recognizers.Pipeline.Policies;

/// <summary>
/// Drops every detection that lies inside a longer one (a phone number inside an IBAN, a date inside a URL), unless the
/// inner one's recognizer has the higher priority in the profile (then both stay for the next policy, which merges them
/// under the inner one's type). Detections with the same span are left to <see cref="EqualSpansHigherScorePolicy"/>.
/// </summary>
public sealed class ContainerWinsPolicy : IConflictPolicy
{
    /// <inheritdoc />
    public string Name => ConflictPolicies.ContainerWins;

    /// <inheritdoc />
    public IReadOnlyList<Candidate> Resolve(IReadOnlyList<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ordered = candidates
            .OrderBy(c => c.Detection.Start)
            .ThenByDescending(c => c.Detection.End)
            .ToList();
        var kept = new List<Candidate>(ordered.Count);
        Candidate? widest = null;
        foreach (var candidate in ordered)
        {
            var detection = candidate.Detection;
            if (widest is { } outer && detection.End <= outer.Detection.End
                && (detection.Start != outer.Detection.Start || detection.End != outer.Detection.End)
                && candidate.Priority <= outer.Priority)
            {
                continue;
            }

            kept.Add(candidate);
            if (widest is null || detection.End > widest.Value.Detection.End)
            {
                widest = candidate;
            }
        }

        return kept;
    }
}
