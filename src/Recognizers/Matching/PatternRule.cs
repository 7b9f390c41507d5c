using System.Text.RegularExpressions;

namespace EntityGraph.Recognizers.Matching;

/// <summary>
/// One pattern family: a regex that proposes candidates and an optional check that accepts (possibly narrowing the span
/// or changing the score) or rejects each candidate. After a rejection the search resumes one character later, or, when
/// <paramref name="retryInsideRejected"/> is false, after the rejected candidate (so its tail is not taken on its own).
/// </summary>
internal sealed class PatternRule(
    Regex regex,
    double confidence,
    Func<string, Match, double, RuleHit?>? check = null,
    bool retryInsideRejected = true)
{
    public Regex Regex { get; } = regex;

    public double Confidence { get; } = confidence;

    public bool RetryInsideRejected { get; } = retryInsideRejected;

    public RuleHit? Evaluate(string text, Match match) =>
        check is null ? new RuleHit(match.Index, match.Index + match.Length, Confidence) : check(text, match, Confidence);
}
