using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Matching;
using EntityGraph.Recognizers.Pipeline;

namespace EntityGraph.Recognizers.Patterns;

/// <summary>Finds e-mail addresses (Latin, accented and Cyrillic local parts and domains; ASCII, punycode or Cyrillic TLDs).</summary>
public sealed partial class EmailRecognizer : RuleRecognizer
{
    /// <summary>The <see cref="Detection.Recognizer"/> value of this recognizer's matches.</summary>
    public const string RecognizerName = "rules/email";

    /// <inheritdoc />
    public override string Name => RecognizerName;

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Types { get; } = [PatternTypes.Email];

    private const string LocalChar = @"[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF_%+\-]";
    private const string LabelChar = @"[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]";
    private const string Label = LabelChar + @"(?:[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF\-]{0,61}" + LabelChar + ")?";
    private const string TopLevel = @"(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9\-]{2,59}|[\u0400-\u04FF]{2,63})";

    private static readonly PatternRule[] Rules = [new(Address(), 0.99)];

    /// <inheritdoc />
    public override IReadOnlyList<Detection> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        return RuleRunner.Run(text, Rules, PatternTypes.Email, RecognizerName);
    }

    [GeneratedRegex(
        @"(?<![A-Za-z0-9\u00C0-\u024F\u0400-\u04FF_%+\-.@])" + LocalChar + "+(?:\\." + LocalChar + "+)*@(?:" + Label + @"\.)+" + TopLevel +
        @"(?![A-Za-z0-9\u00C0-\u024F\u0400-\u04FF\-@])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Address();
}
