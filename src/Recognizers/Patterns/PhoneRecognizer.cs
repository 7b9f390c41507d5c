using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Languages;
using EntityGraph.Recognizers.Matching;
using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Recognizers.Phones;

namespace EntityGraph.Recognizers.Patterns;

/// <summary>
/// Finds phone numbers: international "+CC ..." forms and national forms grouped with spaces, dashes, dots, a slash or an
/// area code in parentheses; 7–15 digits. Years, dates, IP addresses, formatted counts and unbroken digit IDs are not
/// phone numbers (except Chinese 11-digit mobiles in Chinese text).
/// </summary>
public sealed class PhoneRecognizer : RuleRecognizer
{
    /// <summary>The <see cref="Detection.Recognizer"/> value of this recognizer's matches.</summary>
    public const string RecognizerName = "rules/phone";

    /// <inheritdoc />
    public override string Name => RecognizerName;

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Types { get; } = [PatternTypes.Phone];

    private const double ChineseMobileConfidence = 0.6;

    private static readonly ConcurrentDictionary<string, PatternRule[]> RulesByLanguage = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IReadOnlyList<Detection> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var primary = LanguageTag.Primary(language);
        var style = NumberConventions.StyleFor(primary);
        var key = primary == "zh" ? "zh" : style.ToString();
        var rules = RulesByLanguage.GetOrAdd(key, _ => BuildRules(style, primary == "zh"));
        return RuleRunner.Run(text, rules, PatternTypes.Phone, RecognizerName);
    }

    private static PatternRule[] BuildRules(NumberStyle style, bool chinese)
    {
        var candidate = new PatternRule(PhoneRegexes.Candidate(), PhoneCandidate.National,
            (text, match, _) => Check(text, match, style), retryInsideRejected: false);
        return chinese ? [candidate, new PatternRule(PhoneRegexes.ChineseMobile(), ChineseMobileConfidence)] : [candidate];
    }

    private static RuleHit? Check(string text, Match match, NumberStyle style) =>
        PhoneCandidate.FirstValid(text, match.Index, match.Index + match.Length, style) is { } valid
            ? new RuleHit(valid.Start, valid.End, valid.Confidence)
            : null;
}
