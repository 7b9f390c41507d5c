using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Languages;
using EntityGraph.Recognizers.Matching;
using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Recognizers.Percents;

namespace EntityGraph.Recognizers.Patterns;

/// <summary>
/// Finds percentages: 12%, 12 %, −3.5%, 12％, ١٢٪, "12.5 percent", "12 Prozent", "12 pour cent", "12 por ciento",
/// "12 процентов", 12パーセント, 百分之十二. Decimal separators follow the language.
/// </summary>
public sealed class PercentRecognizer : RuleRecognizer
{
    /// <summary>The <see cref="Detection.Recognizer"/> value of this recognizer's matches.</summary>
    public const string RecognizerName = "rules/percent";

    /// <inheritdoc />
    public override string Name => RecognizerName;

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Types { get; } = [PatternTypes.Percent];

    private const double Symbol = 0.95;
    private const double Word = 0.9;

    private static readonly Dictionary<NumberStyle, PatternRule[]> RulesByStyle =
        Enum.GetValues<NumberStyle>().ToDictionary(style => style, style => new[] { new PatternRule(PercentRegexes.For(style), Symbol, Score) });

    /// <inheritdoc />
    public override IReadOnlyList<Detection> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var style = NumberConventions.StyleFor(LanguageTag.Primary(language));
        return RuleRunner.Run(text, RulesByStyle[style], PatternTypes.Percent, RecognizerName);
    }

    private static RuleHit? Score(string text, Match match, double confidence)
    {
        var score = match.Groups["word"].Success || match.Groups["cjk"].Success ? Word : confidence;
        return new RuleHit(match.Index, match.Index + match.Length, score);
    }
}
