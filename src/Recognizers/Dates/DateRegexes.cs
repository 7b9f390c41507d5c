using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Matching;

namespace EntityGraph.Recognizers.Dates;

/// <summary>The fixed (language-independent) date patterns, source-generated.</summary>
internal static partial class DateRegexes
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>2024-03-15, 2024/03/15, 2024.03.15.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z.\-/])(?<y>[12][0-9]{3})(?<s>[-/.])(?<mo>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})(?![0-9]|[.\-/][0-9])",
        Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex YearMonthDay();

    /// <summary>15/03/2024, 15.03.2024, 03-15-2024 (day-month or month-day, decided per language).</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z.\-/,])(?<a>[0-9]{1,2})(?<s>[./\-])(?<b>[0-9]{1,2})\k<s>(?<y>[12][0-9]{3})(?![0-9]|[.\-/][0-9])",
        Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex NumericDayMonthYear();

    /// <summary>2024年3月15日, 2024年3月 (Chinese, Japanese), full-width digits too.</summary>
    [GeneratedRegex(@"(?<![0-9０-９])(?<y>[0-9０-９]{4})年(?<mo>[0-9０-９]{1,2})月(?:(?<d>[0-9０-９]{1,2})[日号號])?",
        Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex CjkYearMonthDay();

    /// <summary>3月15日 with no year.</summary>
    [GeneratedRegex(@"(?<![0-9０-９年])(?<mo>[0-9０-９]{1,2})月(?<d>[0-9０-９]{1,2})[日号號]",
        Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex CjkMonthDay();

    /// <summary>二〇二四年三月十五日, 二〇二四年三月.</summary>
    [GeneratedRegex(@"(?<yz>[〇零一二三四五六七八九]{4})年(?<mz>十[一二]?|[一二三四五六七八九])月(?:(?<dz>三十一?|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?",
        Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex ChineseNumeralYearMonthDay();

    /// <summary>三月十五日 with no year.</summary>
    [GeneratedRegex(@"(?<![〇零一二三四五六七八九十年])(?<mz>十[一二]?|[一二三四五六七八九])月(?<dz>三十一?|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]",
        Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex ChineseNumeralMonthDay();

    /// <summary>令和6年3月15日 (Japanese era years).</summary>
    [GeneratedRegex(@"(?<era>令和|平成|昭和)(?<ey>元|[0-9０-９]{1,2})年(?<mo>[0-9０-９]{1,2})月(?:(?<d>[0-9０-９]{1,2})日)?",
        Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex JapaneseEra();

    /// <summary>2024년 3월 15일, 2024년 3월.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})년\s?(?<mo>[0-9]{1,2})월(?:\s?(?<d>[0-9]{1,2})일)?",
        Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex KoreanYearMonthDay();

    /// <summary>3월 15일 with no year.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<mo>[0-9]{1,2})월\s?(?<d>[0-9]{1,2})일",
        Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex KoreanMonthDay();
}
