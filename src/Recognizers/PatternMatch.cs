namespace EntityGraph.Recognizers;

/// <summary>One rule-based match.</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">UTF-16 offset just past the last character (exclusive); the entity is exactly <c>text[Start..End]</c>.</param>
/// <param name="Type">One of the <see cref="PatternTypes"/> names, e.g. "DATE".</param>
/// <param name="Confidence">A fixed score per pattern family, between 0 and 1.</param>
/// <param name="Recognizer">The name of the recognizer that produced the match, e.g. "rules/date".</param>
public sealed record PatternMatch(int Start, int End, string Type, double Confidence, string Recognizer)
{
    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when this match and <paramref name="other"/> share at least one character.</summary>
    public bool Overlaps(PatternMatch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start < other.End && other.Start < End;
    }
}
