using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Matching;

namespace EntityGraph.Recognizers.Phones;

/// <summary>Phone number candidates; <see cref="PhoneCandidate"/> decides which are phone numbers.</summary>
internal static partial class PhoneRegexes
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string NotWordBefore = @"(?<![0-9A-Za-z\u00C0-\u024F\u0400-\u04FF+_])(?<![0-9][.,/\-])";
    private const string NotWordAfter = @"(?![0-9A-Za-z\u00C0-\u024F\u0400-\u04FF_])";

    /// <summary>Digits with spaces, dashes, dots, slashes and parentheses, optionally after '+' or '('.</summary>
    [GeneratedRegex(NotWordBefore + @"(?:\(\+|\+|\()?[0-9][0-9 \u00A0().\-/]{5,24}[0-9]" + NotWordAfter,
        Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Candidate();

    /// <summary>Chinese mobile numbers written as 11 unbroken digits (13800138000).</summary>
    [GeneratedRegex(@"(?<![0-9])1[3-9][0-9]{9}(?![0-9])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex ChineseMobile();
}
