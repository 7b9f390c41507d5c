using System.Text;

namespace EntityGraph.Redaction.Engine;

/// <summary>
/// Finds the other occurrences of detected values, so that a name detected once does not leak where a model missed it:
/// the value trimmed, at least 3 characters, compared ordinal ignoring case, not overlapping a covered span, with
/// neighbours that are not letters or digits. Longer values are searched first.
/// </summary>
internal static class ValuePropagator
{
    /// <summary>The recognizer name of propagated spans.</summary>
    public const string RecognizerName = "propagation";

    /// <summary>The minimum length of a trimmed value that is propagated.</summary>
    public const int MinimumLength = 3;

    /// <summary>The new spans, each with the type and score of the span whose value it repeats.</summary>
    /// <param name="text">The input text.</param>
    /// <param name="merged">The spans that will be replaced (disjoint); occurrences overlapping them are skipped.</param>
    /// <param name="detected">The single detections, whose values are searched as well as those of the merged spans,
    /// so that a value swallowed by a larger merged span is still found elsewhere.</param>
    public static List<RedactionSpan> Propagate(string text, IReadOnlyList<RedactionSpan> merged, IReadOnlyList<RedactionSpan> detected)
    {
        var found = new List<RedactionSpan>();
        var covered = new CoveredSpans(merged);
        var searched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sources = merged.Concat(detected)
            .Select(span => (Span: span, Value: text[span.Start..span.End].Trim()))
            .Where(source => source.Value.Length >= MinimumLength)
            .OrderByDescending(source => source.Value.Length)
            .ThenByDescending(source => source.Span.Score)
            .ThenBy(source => source.Span.Start);
        foreach (var (source, value) in sources)
        {
            if (!searched.Add(value))
            {
                continue;
            }

            var index = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
            while (index >= 0)
            {
                var end = index + value.Length;
                if (!covered.Overlaps(index, end) && StandsAlone(text, index, end))
                {
                    covered.Add(index, end);
                    found.Add(new RedactionSpan(index, end, source.Type, source.Score, RecognizerName));
                }

                index = index + 1 < text.Length ? text.IndexOf(value, index + 1, StringComparison.OrdinalIgnoreCase) : -1;
            }
        }

        return found;
    }

    private static bool StandsAlone(string text, int start, int end)
    {
        if (start > 0
            && Rune.DecodeLastFromUtf16(text.AsSpan(0, start), out var before, out _) == System.Buffers.OperationStatus.Done
            && Rune.IsLetterOrDigit(before))
        {
            return false;
        }

        return end >= text.Length
            || Rune.DecodeFromUtf16(text.AsSpan(end), out var after, out _) != System.Buffers.OperationStatus.Done
            || !Rune.IsLetterOrDigit(after);
    }
}
