using Microsoft.Extensions.Options;

namespace EntityGraph.Ner.Calibration;

/// <summary>Refuses thresholds outside [0,1], a reject threshold above its accept threshold, and malformed override keys.</summary>
public sealed class ReviewOptionsValidator : IValidateOptions<ReviewOptions>
{
    public ValidateOptionsResult Validate(string? name, ReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, ReviewOptions.SectionName, new ConfidenceThresholds(options.Accept, options.Reject));
        foreach (var (key, value) in options.Thresholds)
        {
            var parts = key.Split(':');
            if (parts.Length > 2 || parts.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"{ReviewOptions.SectionName}:Thresholds:{key}: the key must be LANG, TYPE or LANG:TYPE.");
                continue;
            }

            var language = parts.Length == 2 ? parts[0] : key;
            var type = parts.Length == 2 ? parts[1] : key;
            Check(failures, $"{ReviewOptions.SectionName}:Thresholds:{key}", options.For(language, type));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string where, ConfidenceThresholds thresholds)
    {
        if (thresholds.Accept is < 0 or > 1 || thresholds.Reject is < 0 or > 1 || double.IsNaN(thresholds.Accept) || double.IsNaN(thresholds.Reject))
        {
            failures.Add($"{where}: Accept and Reject must lie between 0 and 1 (are {thresholds.Accept} and {thresholds.Reject}).");
        }
        else if (thresholds.Reject > thresholds.Accept)
        {
            failures.Add($"{where}: Reject ({thresholds.Reject}) must not be above Accept ({thresholds.Accept}).");
        }
    }
}
