using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Matching;
using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Recognizers.Urls;

namespace EntityGraph.Recognizers.Patterns;

/// <summary>
/// Finds URLs: http(s)/ftp with any host, "www." addresses, and bare domains with a common TLD ("github.com/x").
/// Trailing sentence punctuation and unbalanced closing brackets are left out; e-mail domains are not URLs.
/// </summary>
public sealed class UrlRecognizer : RuleRecognizer
{
    /// <summary>The <see cref="Detection.Recognizer"/> value of this recognizer's matches.</summary>
    public const string RecognizerName = "rules/url";

    /// <inheritdoc />
    public override string Name => RecognizerName;

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Types { get; } = [PatternTypes.Url];

    private static readonly PatternRule[] Rules =
    [
        new(UrlRegexes.WithScheme(), 0.98, Trimmed),
        new(UrlRegexes.WithWww(), 0.95, Trimmed),
        new(UrlRegexes.BareDomain(), 0.8, Trimmed),
    ];

    /// <inheritdoc />
    public override IReadOnlyList<Detection> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        return RuleRunner.Run(text, Rules, PatternTypes.Url, RecognizerName);
    }

    private static RuleHit? Trimmed(string text, Match match, double confidence) =>
        new RuleHit(match.Index, UrlEnd.Trim(text, match.Index, match.Index + match.Length), confidence);
}
