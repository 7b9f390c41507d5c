namespace EntityGraph.Recognizers.Matching;

/// <summary>
/// Keeps a non-overlapping subset of matches: longer spans first, then the more specific type
/// (<see cref="PatternTypes.All"/> order), then higher confidence, then the earlier start.
/// </summary>
internal static class MatchOverlapResolver
{
    public static IReadOnlyList<PatternMatch> Resolve(IEnumerable<PatternMatch> candidates)
    {
        var ranked = candidates
            .OrderByDescending(m => m.Length)
            .ThenBy(m => TypeRank(m.Type))
            .ThenByDescending(m => m.Confidence)
            .ThenBy(m => m.Start);

        var kept = new List<PatternMatch>();
        foreach (var candidate in ranked)
        {
            var index = LowerBound(kept, candidate.Start);
            var clashesBefore = index > 0 && kept[index - 1].End > candidate.Start;
            var clashesAfter = index < kept.Count && kept[index].Start < candidate.End;
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

    private static int LowerBound(List<PatternMatch> sorted, int start)
    {
        var low = 0;
        var high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid].Start < start)
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
