using System.Globalization;
using EntityGraph.Recognizers;

namespace EntityGraph.Redaction.Engine;

/// <summary>
/// Checks the detections and merges overlapping ones into one span covering their union, typed and scored by the
/// highest-confidence member. Spans that only touch stay apart. A span that would split a surrogate pair is widened
/// to cover the whole pair.
/// </summary>
internal static class SpanMerger
{
    /// <summary>The detections as spans, in their order, each widened so that it splits no surrogate pair.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A detection is empty or outside <paramref name="text"/>.</exception>
    public static List<RedactionSpan> Check(string text, IReadOnlyList<Detection> detections)
    {
        var spans = new List<RedactionSpan>(detections.Count);
        for (var i = 0; i < detections.Count; i++)
        {
            var detection = detections[i]
                ?? throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Detection {i} is null."), nameof(detections));
            if (detection.Start < 0 || detection.End > text.Length || detection.Start >= detection.End)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(detections),
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Detection {i} ({detection.Type}) spans [{detection.Start}, {detection.End}), which is empty or outside the text of length {text.Length}."));
            }

            if (string.IsNullOrEmpty(detection.Type))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Detection {i} has no entity type."), nameof(detections));
            }

            var span = new RedactionSpan(
                WidenStart(text, detection.Start),
                WidenEnd(text, detection.End),
                detection.Type,
                detection.Confidence,
                detection.Recognizer ?? string.Empty);
            spans.Add(span);
        }

        return spans;
    }

    /// <summary>The union of overlapping <paramref name="checkedSpans"/> (from <see cref="Check"/>), in text order; none overlap.</summary>
    public static List<RedactionSpan> Merge(IReadOnlyList<RedactionSpan> checkedSpans)
    {
        var spans = checkedSpans.Select((span, index) => (Span: span, Index: index)).ToList();
        spans.Sort((a, b) =>
        {
            var byStart = a.Span.Start.CompareTo(b.Span.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byEnd = b.Span.End.CompareTo(a.Span.End);
            return byEnd != 0 ? byEnd : a.Index.CompareTo(b.Index);
        });

        var merged = new List<RedactionSpan>(spans.Count);
        if (spans.Count == 0)
        {
            return merged;
        }

        var current = spans[0].Span;
        var best = current;
        foreach (var (span, _) in spans.Skip(1))
        {
            if (span.Start < current.End)
            {
                current = current with { End = Math.Max(current.End, span.End) };
                if (span.Score > best.Score)
                {
                    best = span;
                }

                continue;
            }

            merged.Add(current with { Type = best.Type, Score = best.Score, Recognizer = best.Recognizer });
            current = span;
            best = span;
        }

        merged.Add(current with { Type = best.Type, Score = best.Score, Recognizer = best.Recognizer });
        return merged;
    }

    private static int WidenStart(string text, int start) =>
        start > 0 && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]) ? start - 1 : start;

    private static int WidenEnd(string text, int end) =>
        end < text.Length && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]) ? end + 1 : end;
}
