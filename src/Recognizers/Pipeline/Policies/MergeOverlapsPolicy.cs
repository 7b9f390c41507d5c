namespace EntityGraph.Recognizers.Pipeline.Policies;

/// <summary>
/// Joins detections that share characters into one detection covering all of them, with the type, score and recognizer
/// of its highest-scoring member (recognizer priority first, where the profile sets one): what redaction needs, so that
/// no character of either span survives. Detections that only touch stay apart.
/// </summary>
public sealed class MergeOverlapsPolicy : IConflictPolicy
{
    /// <inheritdoc />
    public string Name => ConflictPolicies.MergeOverlaps;

    /// <inheritdoc />
    public IReadOnlyList<Candidate> Resolve(IReadOnlyList<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var merged = new List<Candidate>(candidates.Count);
        Candidate? group = null;
        var groupEnd = 0;
        foreach (var candidate in candidates.OrderBy(c => c.Detection.Start).ThenByDescending(c => c.Detection.End))
        {
            if (group is { } open && candidate.Detection.Start < groupEnd)
            {
                groupEnd = Math.Max(groupEnd, candidate.Detection.End);
                var leader = candidate.Outranks(open) ? candidate : open;
                group = leader with { Detection = leader.Detection with { Start = open.Detection.Start, End = groupEnd } };
                continue;
            }

            if (group is { } done)
            {
                merged.Add(done);
            }

            group = candidate;
            groupEnd = candidate.Detection.End;
        }

        if (group is { } last)
        {
            merged.Add(last);
        }

        return merged;
    }
}
