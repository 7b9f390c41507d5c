using EntityGraph.LanguageDetect.Detection;

namespace EntityGraph.LanguageDetect.Segmentation;

/// <summary>
/// Splits text into runs of one language: lines first, sentences inside a line only where a reliably detected
/// sentence changes language; then unreliable pieces (blank lines, headings, numbers) join the neighbour whose
/// language fits them better, and neighbours of one language merge.
/// </summary>
internal sealed class Segmenter(DetectionEngine engine, Func<DetectionResult, bool> isReliable)
{
    public IReadOnlyList<LanguageSegment> Segment(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var parts = new List<Part>();
        foreach (var (start, end) in TextSplitter.Lines(text))
        {
            SplitLine(text, start, end, parts);
        }

        parts = MergeSameLanguage(text, parts, reanalyze: true);
        parts = AbsorbUnreliable(text, parts);
        parts = MergeSameLanguage(text, parts, reanalyze: false);
        return parts.Select(p => ToSegment(text, p)).ToArray();
    }

    private Part Analyze(string text, int start, int end)
    {
        var result = engine.Analyze(text.AsSpan(start, end - start));
        return new Part(start, end, result, isReliable(result));
    }

    private void SplitLine(string text, int start, int end, List<Part> parts)
    {
        var sentences = TextSplitter.Sentences(text, start, end);
        if (sentences.Count == 1)
        {
            parts.Add(Analyze(text, start, end));
            return;
        }

        var runStart = start;
        string? runLanguage = null;
        foreach (var (sentenceStart, sentenceEnd) in sentences)
        {
            var sentence = Analyze(text, sentenceStart, sentenceEnd);
            if (!sentence.Reliable)
            {
                continue;
            }

            if (runLanguage is not null && sentence.Language != runLanguage)
            {
                parts.Add(Analyze(text, runStart, sentenceStart));
                runStart = sentenceStart;
            }

            runLanguage = sentence.Language;
        }

        parts.Add(Analyze(text, runStart, end));
    }

    private List<Part> MergeSameLanguage(string text, List<Part> parts, bool reanalyze)
    {
        var merged = new List<Part>(parts.Count);
        var runStart = 0;
        for (var i = 1; i <= parts.Count; i++)
        {
            if (i < parts.Count && SameLanguage(parts[i - 1], parts[i]))
            {
                continue;
            }

            var first = parts[runStart];
            if (i - runStart == 1)
            {
                merged.Add(first);
            }
            else if (reanalyze)
            {
                merged.Add(Analyze(text, first.Start, parts[i - 1].End));
            }
            else
            {
                first.End = parts[i - 1].End;
                first.Reliable = parts.Skip(runStart).Take(i - runStart).Any(p => p.Reliable);
                merged.Add(first);
            }

            runStart = i;
        }

        return merged;
    }

    private static bool SameLanguage(Part left, Part right) =>
        left.Language == right.Language && left.Language != LanguageGuess.Undetermined;

    private List<Part> AbsorbUnreliable(string text, List<Part> parts)
    {
        var anchors = parts.Where(p => p.Reliable).ToList();
        if (anchors.Count == 0)
        {
            var whole = Analyze(text, 0, text.Length);
            return [whole];
        }

        var anchorAt = parts.Select((p, i) => (p, i)).Where(x => x.p.Reliable).Select(x => x.i).ToList();
        anchors[0].Start = 0;
        anchors[^1].End = text.Length;
        for (var a = 0; a + 1 < anchorAt.Count; a++)
        {
            var left = parts[anchorAt[a]];
            var right = parts[anchorAt[a + 1]];
            var gap = parts.GetRange(anchorAt[a] + 1, anchorAt[a + 1] - anchorAt[a] - 1);
            var split = BestSplit(gap, left.Language, right.Language);
            left.End = split < gap.Count ? gap[split].Start : right.Start;
            right.Start = left.End;
        }

        return anchors;
    }

    /// <summary>How many of the gap's pieces (from the left) join the left anchor: the cut that gives the pieces the most probability, ties to the left.</summary>
    private static int BestSplit(List<Part> gap, string leftLanguage, string rightLanguage)
    {
        var best = gap.Count;
        var leftSum = gap.Sum(p => Weight(p, leftLanguage));
        var bestScore = leftSum;
        var rightSum = 0.0;
        for (var split = gap.Count - 1; split >= 0; split--)
        {
            leftSum -= Weight(gap[split], leftLanguage);
            rightSum += Weight(gap[split], rightLanguage);
            var score = leftSum + rightSum;
            if (score > bestScore)
            {
                bestScore = score;
                best = split;
            }
        }

        return best;
    }

    private static double Weight(Part part, string language) =>
        part.Result.ProbabilityOf(language) * part.Result.EffectiveLetters;

    private LanguageSegment ToSegment(string text, Part part)
    {
        var result = engine.Analyze(text.AsSpan(part.Start, part.End - part.Start));
        var confidence = result.Language == part.Language ? result.Confidence : result.ProbabilityOf(part.Language);
        return new LanguageSegment(part.Start, part.End, part.Language, confidence);
    }
}
