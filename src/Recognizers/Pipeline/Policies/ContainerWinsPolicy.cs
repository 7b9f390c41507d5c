namespace EntityGraph.Recognizers.Pipeline.Policies;

/// <summary>
/// Drops every detection that lies inside a longer one (a phone number inside an IBAN, a date inside a URL). Detections
/// with the same span are left to <see cref="EqualSpansHigherScorePolicy"/>; partial overlaps to the next policy.
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
        Detection? widest = null;
        foreach (var candidate in ordered)
        {
            var detection = candidate.Detection;
            var inside = widest is not null && detection.End <= widest.End
                && (detection.Start != widest.Start || detection.End != widest.End);
            if (inside)
            {
                continue;
            }

            kept.Add(candidate);
            if (widest is null || detection.End > widest.End)
            {
                widest = detection;
            }
        }

        return kept;
    }
}
