namespace EntityGraph.Recognizers.Matching;

/// <summary>Runs a set of rules over a text and returns their non-overlapping matches.</summary>
internal static class RuleRunner
{
    public static IReadOnlyList<Detection> Run(string text, IReadOnlyList<PatternRule> rules, string type, string recognizer)
    {
        var hits = new List<Detection>();
        foreach (var rule in rules)
        {
            Collect(text, rule, type, recognizer, hits);
        }

        return MatchOverlapResolver.Resolve(hits);
    }

    private static void Collect(string text, PatternRule rule, string type, string recognizer, List<Detection> hits)
    {
        var position = 0;
        while (position < text.Length)
        {
            var match = rule.Regex.Match(text, position);
            if (!match.Success)
            {
                return;
            }

            var hit = rule.Evaluate(text, match);
            if (hit is { } accepted && accepted.End > accepted.Start)
            {
                hits.Add(new Detection(accepted.Start, accepted.End, type, accepted.Confidence, recognizer));
                position = Math.Max(accepted.End, match.Index + 1);
            }
            else
            {
                position = rule.RetryInsideRejected ? match.Index + 1 : match.Index + Math.Max(match.Length, 1);
            }
        }
    }
}
