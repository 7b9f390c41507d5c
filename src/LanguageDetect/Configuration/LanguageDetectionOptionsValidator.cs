using Microsoft.Extensions.Options;

namespace EntityGraph.LanguageDetect.Configuration;

/// <summary>Rejects language detection settings that are out of range or name a missing profile file.</summary>
public sealed class LanguageDetectionOptionsValidator : IValidateOptions<LanguageDetectionOptions>
{
    public ValidateOptionsResult Validate(string? name, LanguageDetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (double.IsNaN(options.MinimumConfidence) || options.MinimumConfidence is < 0 or > 1)
        {
            failures.Add($"MinimumConfidence must be between 0 and 1 (was {options.MinimumConfidence}).");
        }

        if (options.MinimumLetters is < 1 or > 10_000)
        {
            failures.Add($"MinimumLetters must be between 1 and 10000 (was {options.MinimumLetters}).");
        }

        if (options.MaxAnalyzedChars < 100)
        {
            failures.Add($"MaxAnalyzedChars must be at least 100 (was {options.MaxAnalyzedChars}).");
        }

        if (options.ProfilePath is { } path && !File.Exists(path))
        {
            failures.Add($"ProfilePath '{path}' does not exist.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
