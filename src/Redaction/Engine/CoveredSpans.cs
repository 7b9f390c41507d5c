namespace EntityGraph.Redaction.Engine;

/// <summary>Disjoint ranges kept in order, to ask whether a range overlaps any of them.</summary>
internal sealed class CoveredSpans
{
    private readonly List<(int Start, int End)> ranges = [];

    /// <summary>Starts with <paramref name="spans"/>, which must not overlap one another.</summary>
    public CoveredSpans(IEnumerable<RedactionSpan> spans)
    {
        ranges.AddRange(spans.Select(s => (s.Start, s.End)).OrderBy(r => r.Start));
    }

    /// <summary>True when [start, end) shares a character with a covered range.</summary>
    public bool Overlaps(int start, int end)
    {
        var index = FirstEndingAfter(start);
        return index < ranges.Count && ranges[index].Start < end;
    }

    /// <summary>Adds [start, end), which must not overlap a covered range.</summary>
    public void Add(int start, int end) => ranges.Insert(FirstEndingAfter(start), (start, end));

    /// <summary>The index of the first range whose end lies after <paramref name="offset"/> (ranges are disjoint and sorted).</summary>
    private int FirstEndingAfter(int offset)
    {
        int low = 0, high = ranges.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (ranges[middle].End > offset)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
