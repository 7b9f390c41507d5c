using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Languages;
using EntityGraph.Recognizers.Matching;

namespace EntityGraph.Recognizers.Dates;

/// <summary>Rules for Chinese, Japanese and Korean dates (年月日, era years, 년월일).</summary>
internal static class CjkDateRules
{
    public static readonly IReadOnlyList<PatternRule> All =
    [
        new(DateRegexes.CjkYearMonthDay(), DateConfidence.CjkFull, Check),
        new(DateRegexes.CjkMonthDay(), DateConfidence.DayMonth, Check),
        new(DateRegexes.ChineseNumeralYearMonthDay(), DateConfidence.CjkFull, Check),
        new(DateRegexes.ChineseNumeralMonthDay(), DateConfidence.DayMonth, Check),
        new(DateRegexes.JapaneseEra(), DateConfidence.CjkFull, Check),
        new(DateRegexes.KoreanYearMonthDay(), DateConfidence.CjkFull, Check),
        new(DateRegexes.KoreanMonthDay(), DateConfidence.DayMonth, Check),
    ];

    private static RuleHit? Check(string text, Match match, double confidence)
    {
        var year = Year(match);
        var month = Number(match, "mo", "mz");
        var day = Number(match, "d", "dz");
        var hasYear = match.Groups["y"].Success || match.Groups["yz"].Success || match.Groups["era"].Success;
        if ((hasYear && year is null) || month is not { } m || !CalendarCheck.IsValid(year, m, day))
        {
            return null;
        }

        var score = hasYear && day is null ? DateConfidence.MonthYear : confidence;
        return new RuleHit(match.Index, match.Index + match.Length, score);
    }

    private static int? Year(Match match)
    {
        if (match.Groups["y"].Success)
        {
            return UnicodeDigits.Parse(match.Groups["y"].ValueSpan);
        }

        if (match.Groups["yz"].Success)
        {
            return ChineseNumerals.DigitByDigit(match.Groups["yz"].Value);
        }

        if (!match.Groups["era"].Success)
        {
            return null;
        }

        var eraYear = match.Groups["ey"].Value == "元" ? 1 : UnicodeDigits.Parse(match.Groups["ey"].ValueSpan);
        var firstYear = match.Groups["era"].Value switch
        {
            "令和" => 2019,
            "平成" => 1989,
            _ => 1926,
        };
        return eraYear is >= 1 ? firstYear + eraYear - 1 : null;
    }

    private static int? Number(Match match, string digitGroup, string numeralGroup) =>
        match.Groups[digitGroup].Success ? UnicodeDigits.Parse(match.Groups[digitGroup].ValueSpan)
        : match.Groups[numeralGroup].Success ? ChineseNumerals.UpToNinetyNine(match.Groups[numeralGroup].Value)
        : null;
}
