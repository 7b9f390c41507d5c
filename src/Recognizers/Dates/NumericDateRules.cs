using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Languages;
using EntityGraph.Recognizers.Matching;

namespace EntityGraph.Recognizers.Dates;

/// <summary>Rules for all-digit dates: year-first (ISO and slashed) and day-month-year / month-day-year.</summary>
internal static class NumericDateRules
{
    public static readonly PatternRule YearFirst = new(DateRegexes.YearMonthDay(), DateConfidence.IsoYearMonthDay, CheckYearFirst);

    public static readonly PatternRule DayFirst = new(DateRegexes.NumericDayMonthYear(), DateConfidence.NumericUnambiguous,
        (_, match, _) => CheckDayOrMonthFirst(match, allowMonthFirst: false));

    public static readonly PatternRule DayOrMonthFirst = new(DateRegexes.NumericDayMonthYear(), DateConfidence.NumericUnambiguous,
        (_, match, _) => CheckDayOrMonthFirst(match, allowMonthFirst: true));

    private static RuleHit? CheckYearFirst(string text, Match match, double confidence)
    {
        var separator = match.Groups["s"].Value;
        var monthText = match.Groups["mo"].ValueSpan;
        var dayText = match.Groups["d"].ValueSpan;
        if (separator == "." && (monthText.Length != 2 || dayText.Length != 2))
        {
            return null;
        }

        var year = UnicodeDigits.Parse(match.Groups["y"].ValueSpan);
        var month = UnicodeDigits.Parse(monthText) ?? 0;
        var day = UnicodeDigits.Parse(dayText);
        if (!CalendarCheck.IsValid(year, month, day))
        {
            return null;
        }

        var score = separator == "-" ? confidence : DateConfidence.SlashedYearMonthDay;
        return new RuleHit(match.Index, match.Index + match.Length, score);
    }

    private static RuleHit? CheckDayOrMonthFirst(Match match, bool allowMonthFirst)
    {
        var first = UnicodeDigits.Parse(match.Groups["a"].ValueSpan) ?? 0;
        var second = UnicodeDigits.Parse(match.Groups["b"].ValueSpan) ?? 0;
        var year = UnicodeDigits.Parse(match.Groups["y"].ValueSpan);
        var dayFirst = CalendarCheck.IsValid(year, second, first);
        var monthFirst = allowMonthFirst && CalendarCheck.IsValid(year, first, second);
        if (!dayFirst && !monthFirst)
        {
            return null;
        }

        var score = dayFirst && monthFirst && first != second ? DateConfidence.NumericAmbiguous : DateConfidence.NumericUnambiguous;
        return new RuleHit(match.Index, match.Index + match.Length, score);
    }
}
