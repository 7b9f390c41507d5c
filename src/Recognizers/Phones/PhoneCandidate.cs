using EntityGraph.Recognizers.Languages;

namespace EntityGraph.Recognizers.Phones;

/// <summary>
/// Decides whether a run of digits and separators is a phone number, and scores it. It rejects years, year ranges,
/// dates, IP addresses, ISBN-like codes, formatted counts (1 234 567 / 1.234.567) and unbroken long IDs.
/// </summary>
internal static class PhoneCandidate
{
    public const double International = 0.9;
    public const double InternationalUnbroken = 0.85;
    public const double WithAreaCode = 0.8;
    public const double National = 0.7;

    private const int MinDigits = 7;
    private const int MaxDigits = 15;

    private static readonly HashSet<string> AllowedSeparators =
        new([" ", "-", ".", "/", " / ", " (", "(", ") ", ")", ")-"], StringComparer.Ordinal);

    /// <summary>
    /// The first phone number inside <c>text[start..end]</c>. The run may only be cut at a space next to a chunk that has its
    /// own separators ("15.03.2024 030 123456", "555-123-4567 555-987-6543"); a run of plain space-separated digit groups is
    /// taken whole or not at all, so "4111 1111 1111 1111" does not yield its first twelve digits.
    /// </summary>
    public static (int Start, int End, double Confidence)? FirstValid(string text, int start, int end, NumberStyle style)
    {
        var chunks = Chunks(text, start, end);
        for (var first = 0; first < chunks.Count; first++)
        {
            if (first > 0 && !CanCut(text, chunks, first))
            {
                continue;
            }

            for (var last = chunks.Count - 1; last >= first; last--)
            {
                if (last < chunks.Count - 1 && !CanCut(text, chunks, last + 1))
                {
                    continue;
                }

                var segmentStart = chunks[first].Start;
                var segmentEnd = chunks[last].End;
                if (!char.IsAsciiDigit(text[segmentStart]) && text[segmentStart] is not ('+' or '('))
                {
                    break;
                }

                if (text[segmentStart] == '(' && text.AsSpan(segmentStart, segmentEnd - segmentStart).IndexOf(')') < 0)
                {
                    segmentStart++;
                }

                if (Score(text.AsSpan(segmentStart, segmentEnd - segmentStart), style) is { } score)
                {
                    return (segmentStart, segmentEnd, score);
                }
            }
        }

        return null;
    }

    private static List<(int Start, int End)> Chunks(string text, int start, int end)
    {
        var chunks = new List<(int Start, int End)>();
        var i = start;
        while (i < end)
        {
            while (i < end && IsSpace(text[i]))
            {
                i++;
            }

            var chunkStart = i;
            while (i < end && !IsSpace(text[i]))
            {
                i++;
            }

            if (i > chunkStart)
            {
                chunks.Add((chunkStart, i));
            }
        }

        return chunks;
    }

    private static bool CanCut(string text, List<(int Start, int End)> chunks, int index) =>
        IsCompound(text, chunks[index - 1]) || IsCompound(text, chunks[index]);

    private static bool IsCompound(string text, (int Start, int End) chunk) =>
        text.AsSpan(chunk.Start, chunk.End - chunk.Start).IndexOfAny("-./()") >= 0;

    private static bool IsSpace(char c) => c is ' ' or '\u00A0';

    public static double? Score(ReadOnlySpan<char> candidate, NumberStyle style)
    {
        var international = candidate.StartsWith("+") || candidate.StartsWith("(+");
        var openedBeforePlus = candidate.StartsWith("(+");
        var body = openedBeforePlus ? candidate[2..] : international ? candidate[1..] : candidate;
        if (!TrySplit(body, openedBeforePlus, out var groups, out var separators, out var parenGroup))
        {
            return null;
        }

        var digitCount = groups.Sum(g => g.Length) - (parenGroup >= 0 && groups[parenGroup] == "0" ? 1 : 0);
        if (digitCount is < MinDigits or > MaxDigits)
        {
            return null;
        }

        if (groups.Count == 1)
        {
            return international && digitCount >= 8 ? InternationalUnbroken : null;
        }

        if (groups.Any(g => g.Length > 8) || groups[^1].Length < 2
            || groups.Skip(2).Take(groups.Count - 3).Any(g => g.Length < 2 && g != "0"))
        {
            return null;
        }

        if (!SeparatorsConsistent(separators))
        {
            return null;
        }

        if (international)
        {
            return groups[0].Length <= 3 ? International : null;
        }

        if (parenGroup >= 0)
        {
            return groups[parenGroup].Length <= 5 ? WithAreaCode : null;
        }

        return LooksLikeSomethingElse(groups, separators, style) ? null : National;
    }

    private static bool TrySplit(ReadOnlySpan<char> body, bool openedBeforePlus, out List<string> groups, out List<string> separators, out int parenGroup)
    {
        groups = [];
        separators = [];
        parenGroup = openedBeforePlus ? 0 : -1;
        var expectClose = openedBeforePlus;
        var opened = openedBeforePlus ? 1 : 0;
        var i = 0;
        var separator = new System.Text.StringBuilder();
        while (i < body.Length)
        {
            var c = body[i];
            if (char.IsAsciiDigit(c))
            {
                var startOfGroup = i;
                while (i < body.Length && char.IsAsciiDigit(body[i]))
                {
                    i++;
                }

                if (groups.Count > 0)
                {
                    separators.Add(separator.ToString());
                }

                separator.Clear();
                groups.Add(body[startOfGroup..i].ToString());
                continue;
            }

            var normalized = c == '\u00A0' ? ' ' : c;
            if (normalized == '(')
            {
                if (++opened > 1 || groups.Count > 1)
                {
                    return false;
                }

                parenGroup = groups.Count;
                expectClose = true;
            }
            else if (normalized == ')')
            {
                if (!expectClose || groups.Count != parenGroup + 1 || separator.Length > 0)
                {
                    return false;
                }

                expectClose = false;
            }

            separator.Append(normalized);
            i++;
        }

        if (expectClose)
        {
            return false;
        }

        return separators.All(AllowedSeparators.Contains) && groups.Count > 0;
    }

    private static bool SeparatorsConsistent(List<string> separators)
    {
        var plain = separators.Select(s => s.Trim('(', ')', ' ')).Where(s => s.Length > 0).ToList();
        var hasDot = plain.Contains(".");
        var mixesDot = hasDot && (plain.Any(s => s != ".") || separators.Any(s => s.Contains(' ', StringComparison.Ordinal)));
        return !mixesDot && plain.Count(s => s == "/") <= 1;
    }

    private static bool LooksLikeSomethingElse(List<string> groups, List<string> separators, NumberStyle style)
    {
        if (groups[0].Length == 4 && (groups[0].StartsWith("19", StringComparison.Ordinal) || groups[0].StartsWith("20", StringComparison.Ordinal)))
        {
            return true;
        }

        var uniform = separators.Distinct(StringComparer.Ordinal).Count() == 1 ? separators[0] : null;
        if (uniform is "." && groups.Count == 2)
        {
            return true;
        }

        if (uniform is "." && groups.Count == 4 && groups.All(g => g.Length <= 3))
        {
            return true;
        }

        if (uniform is "." or "/" or "-" && groups.Count == 3 && groups[0].Length <= 2 && groups[1].Length <= 2 && groups[2].Length == 4)
        {
            return true;
        }

        var thousands = style == NumberStyle.DecimalPoint ? " " : " .'";
        return uniform is { Length: 1 } && thousands.Contains(uniform[0], StringComparison.Ordinal)
            && groups[0][0] != '0' && groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
