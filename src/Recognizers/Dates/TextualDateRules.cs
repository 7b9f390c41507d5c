using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Languages;
using EntityGraph.Recognizers.Matching;

namespace EntityGraph.Recognizers.Dates;

/// <summary>Builds (once per grammar, on first use) the compiled rules for dates written with month names.</summary>
internal static class TextualDateRules
{
    private const RegexOptions Options =
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    private static readonly ConcurrentDictionary<DateGrammar, Lazy<IReadOnlyList<PatternRule>>> Cache = new();

    public static IReadOnlyList<PatternRule> For(DateGrammar grammar) =>
        Cache.GetOrAdd(grammar, g => new Lazy<IReadOnlyList<PatternRule>>(() => Build(g))).Value;

    private static IReadOnlyList<PatternRule> Build(DateGrammar grammar) =>
        grammar.Templates
            .Select(template => new PatternRule(
                new Regex(Expand(template.Pattern, grammar), Options, RegexLimits.Timeout),
                ConfidenceFor(template.Shape),
                (text, match, _) => Check(grammar, template.Shape, match)))
            .ToArray();

    private static string Expand(string pattern, DateGrammar grammar)
    {
        var digit = grammar.Digit;
        var day = $@"(?<![\p{{L}}\p{{N}}_]|[0-9][.,])(?<d>{digit}{{1,2}})(?!{digit})";
        var year = $@"(?<y>{digit}{{4}})(?!{digit})";
        var anyMonth = $@"(?<!\p{{L}})(?<m>{grammar.Months.AnyAlternation})(?!\p{{L}})";
        var fullMonth = $@"(?<!\p{{L}})(?<m>{grammar.Months.FullAlternation})(?!\p{{L}})";
        var expanded = pattern
            .Replace("{D}", day, StringComparison.Ordinal)
            .Replace("{Y}", year, StringComparison.Ordinal)
            .Replace("{MF}", fullMonth, StringComparison.Ordinal)
            .Replace("{M}", anyMonth, StringComparison.Ordinal);
        return pattern.StartsWith("{M", StringComparison.Ordinal) ? @"(?<![\p{L}\p{N}_])" + expanded : expanded;
    }

    private static double ConfidenceFor(DateShape shape) =>
        shape == DateShape.MonthYear ? DateConfidence.MonthYear : DateConfidence.DayMonthYear;

    private static RuleHit? Check(DateGrammar grammar, DateShape shape, Match match)
    {
        var monthText = match.Groups["m"].Value;
        if (grammar.Months.MonthOf(monthText) is not { } month)
        {
            return null;
        }

        int? day = match.Groups["d"].Success ? UnicodeDigits.Parse(match.Groups["d"].ValueSpan) : null;
        int? year = match.Groups["y"].Success ? UnicodeDigits.Parse(match.Groups["y"].ValueSpan) : null;
        if ((match.Groups["d"].Success && day is null) || !CalendarCheck.IsValid(year, month, day))
        {
            return null;
        }

        var complete = day is not null && year is not null;
        if (grammar.MonthNeedsCapitalWithoutDayOrYear && !complete && !char.IsUpper(monthText[0]))
        {
            return null;
        }

        if (shape == DateShape.MonthYear && year is null)
        {
            return null;
        }

        var score = complete ? DateConfidence.DayMonthYear
            : day is null ? DateConfidence.MonthYear
            : DateConfidence.DayMonth;
        return new RuleHit(match.Index, match.Index + match.Length, score);
    }
}
