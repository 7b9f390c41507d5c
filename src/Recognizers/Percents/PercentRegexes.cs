using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Languages;
using EntityGraph.Recognizers.Matching;

namespace EntityGraph.Recognizers.Percents;

/// <summary>Percentage patterns, one per <see cref="NumberStyle"/>, plus the CJK and Arabic-digit forms.</summary>
internal static partial class PercentRegexes
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Start = @"(?<![0-9A-Za-z.,_])(?:[+\-−](?=[0-9]))?";

    private const string Unit =
        "(?:" + NumberPatterns.Space + "?[%％٪]" +
        "|" + NumberPatterns.Space + @"(?<word>(?i:percent|per\s?cent|pct\.|pct|prozent|pour\s?cent|por\s?ciento|por\s?cento" +
        @"|per\s?cento|procent(?:ów|a|y)?|процент(?:ов|а)?|проц\.|بالمئة|بالمائة|في\s?المئة|في\s?المائة)(?!\p{L})))";

    private const string Cjk =
        @"|(?<cjk>(?<![0-9０-９])[0-9０-９]+(?:[.．][0-9０-９]+)?(?:パーセント|퍼센트)" +
        @"|百分之[零〇一二三四五六七八九十百千0-9]+(?:[点.][零〇一二三四五六七八九0-9]+)?)" +
        @"|(?<![\u0660-\u0669])[\u0660-\u0669]+(?:[\u066B.,][\u0660-\u0669]+)?\s?[٪%]";

    private const string NoMoreDigits = "(?![0-9])";

    [GeneratedRegex(Start + NumberPatterns.DecimalPoint + NoMoreDigits + Unit + Cjk, Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex DecimalPoint();

    [GeneratedRegex(Start + NumberPatterns.DecimalComma + NoMoreDigits + Unit + Cjk, Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex DecimalComma();

    [GeneratedRegex(Start + NumberPatterns.Any + NoMoreDigits + Unit + Cjk, Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Any();

    public static Regex For(NumberStyle style) => style switch
    {
        NumberStyle.DecimalPoint => DecimalPoint(),
        NumberStyle.DecimalComma => DecimalComma(),
        _ => Any(),
    };
}
