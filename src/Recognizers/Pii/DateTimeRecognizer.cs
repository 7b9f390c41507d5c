using EntityGraph.Recognizers.Patterns;
using EntityGraph.Recognizers.Pipeline;

namespace EntityGraph.Recognizers.Pii;

/// <summary>
/// Dates with the time that follows them ("2024-03-12 14:30", "12/03/2024 à 9h30", "March 12, 2024 at 3:45 PM"): the
/// dates of the DATE rule (<see cref="DateRecognizer"/>), each widened over an adjacent time of day.
/// </summary>
public sealed class DateTimeRecognizer : RuleRecognizer
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/date-time";

    private readonly DateRecognizer dates = new();

    /// <inheritdoc />
    public override string Name => RecognizerName;

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Types { get; } = [PatternTypes.Date];

    /// <inheritdoc />
    public override IReadOnlyList<Detection> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        return dates.Recognize(text, language)
            .Select(date => PiiRegexes.TimeAfterDate().Match(text, date.End) is { Success: true, Length: > 0 } time
                ? date with { End = time.Index + time.Length, Recognizer = RecognizerName }
                : date with { Recognizer = RecognizerName })
            .ToList();
    }
}
