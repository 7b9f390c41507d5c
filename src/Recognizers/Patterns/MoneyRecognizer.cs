using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Languages;
using EntityGraph.Recognizers.Matching;
using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Recognizers.Money;

namespace EntityGraph.Recognizers.Patterns;

/// <summary>
/// Finds amounts of money: currency symbols or ISO codes before or after the amount ($1,200, USD 3.5bn, 5.000 €),
/// currency names (100 euros, 50 рублей), magnitudes (€5 million, ₹500 crore, £2m) and CJK amounts (300円, 3亿元, 1만 원).
/// A bare number is never money. Thousands and decimal separators follow the language (1.234,5 in German).
/// </summary>
public sealed class MoneyRecognizer : RuleRecognizer
{
    /// <summary>The <see cref="Detection.Recognizer"/> value of this recognizer's matches.</summary>
    public const string RecognizerName = "rules/money";

    /// <inheritdoc />
    public override string Name => RecognizerName;

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Types { get; } = [PatternTypes.Money];

    private const double SymbolOrCode = 0.95;
    private const double CurrencyWord = 0.9;
    private const double CjkAmount = 0.9;

    private static readonly Dictionary<NumberStyle, PatternRule[]> RulesByStyle =
        Enum.GetValues<NumberStyle>().ToDictionary(style => style, style => new[]
        {
            new PatternRule(MoneyRegexes.SymbolFirst(style), SymbolOrCode),
            new PatternRule(MoneyRegexes.CodeFirst(style), SymbolOrCode),
            new PatternRule(MoneyRegexes.AmountFirst(style), SymbolOrCode, Score),
            new PatternRule(MoneyRegexes.Cjk(), CjkAmount),
        });

    /// <inheritdoc />
    public override IReadOnlyList<Detection> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var style = NumberConventions.StyleFor(LanguageTag.Primary(language));
        return RuleRunner.Run(text, RulesByStyle[style], PatternTypes.Money, RecognizerName);
    }

    private static RuleHit? Score(string text, Match match, double confidence)
    {
        var score = match.Groups["word"].Success ? CurrencyWord : confidence;
        return new RuleHit(match.Index, match.Index + match.Length, score);
    }
}
