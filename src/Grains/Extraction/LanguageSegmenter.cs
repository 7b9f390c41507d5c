using EntityGraph.LanguageDetect;

namespace EntityGraph.Grains.Extraction;

/// <summary>
/// Splits a text into the language parts it is extracted in: the whole text when a language is given,
/// otherwise the detector's segments, clamped to the text, without whitespace-only parts, undetectable parts as "und".
/// </summary>
internal static class LanguageSegmenter
{
    public static IReadOnlyList<LanguageSegment> Split(string text, string? language, ILanguageDetector detector)
    {
        if (language is not null)
        {
            return [new LanguageSegment(0, text.Length, language, 1.0)];
        }

        var parts = new List<LanguageSegment>();
        var cursor = 0;
        foreach (var segment in detector.Segment(text).OrderBy(s => s.Start))
        {
            var start = Math.Max(segment.Start, cursor);
            var end = Math.Min(segment.End, text.Length);
            if (end <= start || text.AsSpan(start, end - start).IsWhiteSpace())
            {
                continue;
            }

            var code = LanguageCodes.TryNormalize(segment.Language, out var normalized) ? normalized : LanguageCodes.Undetermined;
            parts.Add(new LanguageSegment(start, end, code, code == LanguageCodes.Undetermined ? 0 : Math.Clamp(segment.Confidence, 0, 1)));
            cursor = end;
        }

        return parts.Count > 0 ? parts : [new LanguageSegment(0, text.Length, LanguageCodes.Undetermined, 0)];
    }

    /// <summary>The language covering most characters (a detected one before "und") and its length-weighted confidence.</summary>
    public static (string Language, double Confidence) Dominant(IReadOnlyList<LanguageSegment> parts)
    {
        var best = parts
            .GroupBy(p => p.Language, StringComparer.Ordinal)
            .Select(g => (Language: g.Key, Length: g.Sum(p => p.End - p.Start), Weighted: g.Sum(p => (p.End - p.Start) * p.Confidence)))
            .OrderBy(g => g.Language == LanguageCodes.Undetermined)
            .ThenByDescending(g => g.Length)
            .ThenBy(g => g.Language, StringComparer.Ordinal)
            .First();
        return (best.Language, best.Length == 0 ? 0 : best.Weighted / best.Length);
    }
}
