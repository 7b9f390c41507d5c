using EntityGraph.Ner.Calibration;

namespace EntityGraph.Ner.Tests.Calibration;

public sealed class ReviewOptionsTests
{
    private static readonly ReviewOptions Options = new()
    {
        Thresholds = new Dictionary<string, ThresholdOverride>(StringComparer.OrdinalIgnoreCase)
        {
            ["de"] = new() { Accept = 0.97 },
            ["PER"] = new() { Reject = 0.6 },
            ["de:PER"] = new() { Accept = 0.99 },
        },
    };

    [Theory]
    [InlineData("en", "ORG", 0.95, 0.80)]
    [InlineData("de", "ORG", 0.97, 0.80)]
    [InlineData("en", "PER", 0.95, 0.60)]
    [InlineData("de", "PER", 0.99, 0.60)]
    public void The_most_specific_override_wins_and_keeps_what_it_does_not_set(string language, string type, double accept, double reject) =>
        Assert.Equal(new ConfidenceThresholds(accept, reject), Options.For(language, type));

    [Fact]
    public void Thresholds_out_of_range_reversed_or_under_a_malformed_key_are_refused()
    {
        var options = new ReviewOptions
        {
            Accept = 1.2,
            Thresholds = new Dictionary<string, ThresholdOverride>(StringComparer.OrdinalIgnoreCase)
            {
                ["fr"] = new() { Accept = 0.5, Reject = 0.7 },
                ["a:b:c"] = new() { Accept = 0.9 },
            },
        };

        var failures = new ReviewOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("EntityGraph:Review: Accept and Reject must lie between 0 and 1", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Thresholds:fr: Reject (0.7) must not be above Accept (0.5)", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Thresholds:a:b:c: the key must be LANG, TYPE or LANG:TYPE", StringComparison.Ordinal));
        Assert.True(new ReviewOptionsValidator().Validate(null, Options).Succeeded);
    }
}
