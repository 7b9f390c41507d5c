using Microsoft.Extensions.Options;

namespace EntityGraph.Recognizers.Configuration;

/// <summary>Rejects unknown entity types and a minimum confidence outside 0–1.</summary>
public sealed class PatternRecognizerOptionsValidator : IValidateOptions<PatternRecognizerOptions>
{
    public ValidateOptionsResult Validate(string? name, PatternRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (double.IsNaN(options.MinimumConfidence) || options.MinimumConfidence is < 0 or > 1)
        {
            failures.Add($"MinimumConfidence must be between 0 and 1 (was {options.MinimumConfidence}).");
        }

        if (options.DisabledTypes is null)
        {
            failures.Add("DisabledTypes must not be null.");
        }
        else
        {
            foreach (var type in options.DisabledTypes.Where(t => !PatternTypes.IsKnown(t)))
            {
                failures.Add($"DisabledTypes contains '{type}', which is not one of {string.Join(", ", PatternTypes.All)}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
