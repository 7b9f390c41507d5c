using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Languages;
using EntityGraph.Recognizers.Matching;

namespace EntityGraph.Recognizers.Money;

/// <summary>Money patterns per family, each in one variant per <see cref="NumberStyle"/>.</summary>
internal static partial class MoneyRegexes
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string SymbolBefore = @"(?<![A-Za-z])" + MoneyVocabulary.PrefixSymbol + MoneyVocabulary.Space + "?";
    private const string CodeBefore = @"(?<![A-Za-z])" + MoneyVocabulary.Code + MoneyVocabulary.Space + "?";
    private const string AmountStart = @"(?<![0-9A-Za-z.,])";
    private const string NoMoreDigits = "(?![0-9])";
    private const string After =
        MoneyVocabulary.Space + "?(?:" + MoneyVocabulary.SuffixSymbol + "(?!" + MoneyVocabulary.Space + "?[0-9])" +
        "|" + MoneyVocabulary.Code + "(?![A-Za-z])|(?<word>" + MoneyVocabulary.Word + "))";

    private const string Tail = "(?:" + MoneyVocabulary.Magnitude + ")?";
    private const string TailBeforeCurrency = "(?:" + MoneyVocabulary.Magnitude + MoneyVocabulary.Connector + "?)?";

    [GeneratedRegex(SymbolBefore + NumberPatterns.DecimalPoint + NoMoreDigits + Tail, Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SymbolFirstPoint();

    [GeneratedRegex(SymbolBefore + NumberPatterns.DecimalComma + NoMoreDigits + Tail, Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SymbolFirstComma();

    [GeneratedRegex(SymbolBefore + NumberPatterns.Any + NoMoreDigits + Tail, Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SymbolFirstAny();

    [GeneratedRegex(CodeBefore + NumberPatterns.DecimalPoint + NoMoreDigits + Tail, Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CodeFirstPoint();

    [GeneratedRegex(CodeBefore + NumberPatterns.DecimalComma + NoMoreDigits + Tail, Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CodeFirstComma();

    [GeneratedRegex(CodeBefore + NumberPatterns.Any + NoMoreDigits + Tail, Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CodeFirstAny();

    [GeneratedRegex(AmountStart + NumberPatterns.DecimalPoint + NoMoreDigits + TailBeforeCurrency + After, Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AmountFirstPoint();

    [GeneratedRegex(AmountStart + NumberPatterns.DecimalComma + NoMoreDigits + TailBeforeCurrency + After, Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AmountFirstComma();

    [GeneratedRegex(AmountStart + NumberPatterns.Any + NoMoreDigits + TailBeforeCurrency + After, Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AmountFirstAny();

    /// <summary>CJK amounts (no language dependence).</summary>
    [GeneratedRegex(MoneyVocabulary.Cjk, Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Cjk();

    /// <summary>"$1,200", "€ 5 million", "£2m".</summary>
    public static Regex SymbolFirst(NumberStyle style) => Pick(style, SymbolFirstPoint, SymbolFirstComma, SymbolFirstAny);

    /// <summary>"USD 3.5bn", "EUR 5,000".</summary>
    public static Regex CodeFirst(NumberStyle style) => Pick(style, CodeFirstPoint, CodeFirstComma, CodeFirstAny);

    /// <summary>"5.000 €", "100 euros", "3.5 million USD"; the group "word" marks currency names.</summary>
    public static Regex AmountFirst(NumberStyle style) => Pick(style, AmountFirstPoint, AmountFirstComma, AmountFirstAny);

    private static Regex Pick(NumberStyle style, Func<Regex> point, Func<Regex> comma, Func<Regex> any) => style switch
    {
        NumberStyle.DecimalPoint => point(),
        NumberStyle.DecimalComma => comma(),
        _ => any(),
    };
}
