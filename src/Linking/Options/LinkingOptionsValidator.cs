using Microsoft.Extensions.Options;

namespace EntityGraph.Linking.Options;

/// <summary>Rejects linking thresholds that cannot work.</summary>
public sealed class LinkingOptionsValidator : IValidateOptions<LinkingOptions>
{
    public ValidateOptionsResult Validate(string? name, LinkingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckUnit(failures, nameof(options.FuzzyThreshold), options.FuzzyThreshold);
        CheckUnit(failures, nameof(options.TokenThreshold), options.TokenThreshold);
        CheckUnit(failures, nameof(options.CandidateThreshold), options.CandidateThreshold);
        if (options.CandidateThreshold > options.FuzzyThreshold)
        {
            failures.Add($"{LinkingOptions.SectionName}:CandidateThreshold ({options.CandidateThreshold}) must not exceed FuzzyThreshold ({options.FuzzyThreshold}).");
        }

        if (options.MinSharedContext < 1)
        {
            failures.Add($"{LinkingOptions.SectionName}:MinSharedContext must be at least 1 (was {options.MinSharedContext}): fuzzy and partial links need supporting context.");
        }

        if (options.MaxCandidates is < 1 or > 1000)
        {
            failures.Add($"{LinkingOptions.SectionName}:MaxCandidates must be within [1,1000] (was {options.MaxCandidates}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUnit(List<string> failures, string field, double value)
    {
        if (double.IsNaN(value) || value is <= 0 or > 1)
        {
            failures.Add($"{LinkingOptions.SectionName}:{field} must be within (0,1] (was {value}).");
        }
    }
}
