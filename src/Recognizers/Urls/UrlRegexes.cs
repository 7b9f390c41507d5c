using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Matching;

namespace EntityGraph.Recognizers.Urls;

/// <summary>URL candidates: with a scheme, starting with www., or a bare domain with a well-known TLD.</summary>
internal static partial class UrlRegexes
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string LabelChar = @"[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]";
    private const string Label = LabelChar + @"(?:[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF\-]{0,61}" + LabelChar + ")?";
    private const string TopLevel = @"(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9\-]{2,59}|[\u0400-\u04FF]{2,63})";
    private const string Domain = "(?:" + Label + @"\.)+" + TopLevel;
    private const string AsciiLabel = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

    private const string BareTopLevel =
        "(?:com|org|net|edu|gov|io|co|ai|app|dev|info|biz|eu|uk|de|fr|es|nl|pt|it|pl|ru|ch|at|be|se|dk|fi|ie|cz|gr|ua" +
        "|cn|jp|kr|tw|hk|sg|au|nz|ca|us|mx|br|ar|za|tv)";

    private const string Port = "(?::[0-9]{1,5})?";

    /// <summary>Path, query and fragment: stops at whitespace, quotes, angle brackets and CJK text or punctuation.</summary>
    private const string Rest =
        @"(?:[/?#][^\s<>""`\u3000-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]*)?";

    private const string Host = "(?:" + Domain + @"|localhost|[0-9]{1,3}(?:\.[0-9]{1,3}){3}|\[[0-9A-Fa-f:.]+\])";

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?i:https?|ftp)://" + Host + Port + Rest, Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex WithScheme();

    [GeneratedRegex(@"(?<![A-Za-z0-9.\-@/_])(?i:www)\." + Domain + @"(?![A-Za-z0-9\-@_])" + Port + Rest,
        Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex WithWww();

    [GeneratedRegex(@"(?<![A-Za-z0-9.\-@/_\u00C0-\u024F])(?:" + AsciiLabel + @"\.)+" + BareTopLevel +
        @"(?![A-Za-z0-9\-@_])(?!\.[A-Za-z0-9])" + Port + Rest,
        Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex BareDomain();
}
