using EntityGraph.Recognizers.Pipeline;

namespace EntityGraph.Recognizers.Matching;

/// <summary>
/// Keeps a non-overlapping subset of candidates: the higher priority first, then the longer span, then the more specific
/// type (<see cref="PatternTypes.All"/> order), then the higher score, then the earlier start. The rule families use it
/// with equal priorities for their own matches; the "priority" policy for a whole profile.
/// </summary>
internal static class MatchOverlapResolver
{
    public static IReadOnlyList<Detection> Resolve(IEnumerable<Detection> detections) =>
        Resolve(detections.Select(d => new Candidate(d, 0)).ToList()).Select(c => c.Detection).ToList();

    public static IReadOnlyList<Candidate> Resolve(IReadOnlyList<Candidate> candidates)
    {
        var ranked = candidates
            .OrderByDescending(c => c.Priority)
            .ThenByDescending(c => c.Detection.Length)
            .ThenBy(c => TypeRank(c.Detection.Type))
            .ThenByDescending(c => c.Detection.Confidence)
            .ThenBy(c => c.Detection.Start);

        var kept = new List<Candidate>();
        foreach (var candidate in ranked)
        {
            var index = LowerBound(kept, candidate.Detection.Start);
            var clashesBefore = index > 0 && kept[index - 1].Detection.End > candidate.Detection.Start;
            var clashesAfter = index < kept.Count && kept[index].Detection.Start < candidate.Detection.End;
            if (!clashesBefore && !clashesAfter)
            {
                kept.Insert(index, candidate);
            }
        }

        return kept;
    }

    private static int TypeRank(string type)
    {
        for (var i = 0; i < PatternTypes.All.Count; i++)
        {
            if (string.Equals(PatternTypes.All[i], type, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return PatternTypes.All.Count;
    }

    private static int LowerBound(List<Candidate> sorted, int start)
    {
        var low = 0;
        var high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid].Detection.Start < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
