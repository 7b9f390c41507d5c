namespace EntityGraph.Recognizers;

/// <summary>Finds entities that follow fixed surface patterns (emails, URLs, phone numbers, dates, amounts of money, percentages).</summary>
public interface IPatternRecognizer
{
    /// <summary>
    /// Returns the matches in <paramref name="text"/>, ordered by <see cref="PatternMatch.Start"/>, none overlapping another.
    /// </summary>
    /// <param name="text">The text to scan; offsets in the result are UTF-16 offsets into this exact string.</param>
    /// <param name="language">
    /// A language tag such as "de", "pt-BR" or "zh_Hans"; only the primary subtag is used.
    /// An empty or unsupported tag applies every pattern.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="language"/> is null.</exception>
    IReadOnlyList<PatternMatch> Recognize(string text, string language);
}
