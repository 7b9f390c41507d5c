using System.Collections.Concurrent;
using EntityGraph.Recognizers.Dates;
using EntityGraph.Recognizers.Languages;
using EntityGraph.Recognizers.Matching;
using EntityGraph.Recognizers.Pipeline;

namespace EntityGraph.Recognizers.Patterns;

/// <summary>
/// Finds calendar dates: ISO and year-first numeric dates (2024-03-15, 2024/03/15), day-month-year numeric dates
/// (15/03/2024, 15.03.2024; month-day-year too for English and unknown languages), dates with month names in
/// en, de, fr, es, nl, pt, it, pl, ru and ar ("March 15, 2024", "15. März 2024", "15 de marzo de 2024", "15 марта 2024 г."),
/// month-year ("March 2024"), and CJK dates (2024年3月15日, 令和6年3月15日, 二〇二四年三月十五日, 2024년 3월 15일).
/// Impossible dates (31 April, 29 February 2023) and version numbers are rejected.
/// </summary>
public sealed class DateRecognizer : RuleRecognizer
{
    /// <summary>The <see cref="Detection.Recognizer"/> value of this recognizer's matches.</summary>
    public const string RecognizerName = "rules/date";

    /// <inheritdoc />
    public override string Name => RecognizerName;

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Types { get; } = [PatternTypes.Date];

    private const string UnknownLanguage = "";

    private static readonly ConcurrentDictionary<string, IReadOnlyList<PatternRule>> RulesByLanguage = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IReadOnlyList<Detection> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var primary = LanguageTag.Primary(language);
        var key = DateGrammars.Has(primary) ? primary : UnknownLanguage;
        return RuleRunner.Run(text, RulesByLanguage.GetOrAdd(key, BuildRules), PatternTypes.Date, RecognizerName);
    }

    private static IReadOnlyList<PatternRule> BuildRules(string language)
    {
        var monthFirstAllowed = language is "en" or UnknownLanguage;
        var rules = new List<PatternRule>
        {
            NumericDateRules.YearFirst,
            monthFirstAllowed ? NumericDateRules.DayOrMonthFirst : NumericDateRules.DayFirst,
        };
        rules.AddRange(CjkDateRules.All);
        foreach (var grammar in DateGrammars.For(language))
        {
            rules.AddRange(TextualDateRules.For(grammar));
        }

        return rules;
    }
}
