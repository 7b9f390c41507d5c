using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Recognizers.Pipeline.Policies;
using EntityGraph.Recognizers.Validation;
using Microsoft.Extensions.Options;

namespace EntityGraph.Recognizers.Configuration;

/// <summary>
/// Checks the pipeline settings at start: confidences within 0–1, profiles naming known recognizers and policies,
/// (registered or user-defined), user-defined recognizers with a unique name, a type, patterns that compile, a known validator, and deny lists with terms.
/// </summary>
public sealed class RecognizerOptionsValidator(IEnumerable<IEntityRecognizer> registered) : IValidateOptions<RecognizerOptions>
{
    private readonly IReadOnlySet<string> registeredNames =
        registered.Where(r => r is not null).Select(r => r.Name).Append(RecognizerNames.Model).ToHashSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckConfidence("MinimumConfidence", options.MinimumConfidence, failures);
        if (options.DisabledTypes is null || options.DisabledTypes.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("DisabledTypes must list type names (no empty entries).");
        }

        var userNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var custom in options.Custom ?? [])
        {
            CheckUserDefined("Custom", custom.Name, custom.Type, custom.Score, userNames, failures);
            if (custom.Patterns is not { Count: > 0 })
            {
                failures.Add($"Custom recognizer '{custom.Name}' needs at least one pattern.");
            }

            foreach (var pattern in custom.Patterns ?? [])
            {
                try
                {
                    _ = Custom.RegexRecognizer.Compile(pattern);
                }
                catch (ArgumentException exception)
                {
                    failures.Add($"Custom recognizer '{custom.Name}' has an invalid pattern '{pattern}': {exception.Message}");
                }
            }

            if (custom.Validator is { Length: > 0 } validator && IdentifierValidators.Find(validator) is null)
            {
                failures.Add($"Custom recognizer '{custom.Name}' names validator '{validator}'; known: {string.Join(", ", IdentifierValidators.All.Select(v => v.Name))}.");
            }
        }

        foreach (var list in options.DenyLists ?? [])
        {
            CheckUserDefined("DenyLists", list.Name, list.Type, list.Score, userNames, failures);
            if (list.Terms is null || !list.Terms.Any(t => !string.IsNullOrWhiteSpace(t)))
            {
                failures.Add($"Deny list '{list.Name}' needs at least one term.");
            }
        }

        var known = registeredNames.Union(userNames, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        foreach (var (profile, settings) in options.Profiles ?? [])
        {
            CheckProfile(profile, settings, known, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckProfile(string profile, RecognizerProfileOptions settings, HashSet<string> known, List<string> failures)
    {
        var listed = (settings.Recognizers ?? []).Concat((settings.Languages ?? []).SelectMany(pair => pair.Value));
        foreach (var recognizer in listed.Where(r => !known.Contains(r)).Distinct(StringComparer.Ordinal))
        {
            failures.Add($"Profile '{profile}' lists recognizer '{recognizer}'; known: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        }

        foreach (var policy in (settings.Policies ?? []).Where(p => ConflictPolicies.Find(p) is null))
        {
            failures.Add($"Profile '{profile}' lists policy '{policy}'; known: {string.Join(", ", ConflictPolicies.All.Select(p => p.Name))}.");
        }

        if (settings.MinimumConfidence is { } minimum)
        {
            CheckConfidence($"Profiles:{profile}:MinimumConfidence", minimum, failures);
        }
    }

    private void CheckUserDefined(string section, string name, string type, double score, HashSet<string> names, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            failures.Add($"Every entry of {section} needs a Name.");
        }
        else if (registeredNames.Contains(name) || !names.Add(name))
        {
            failures.Add($"{section} entry '{name}': the name is already taken.");
        }

        if (string.IsNullOrWhiteSpace(type))
        {
            failures.Add($"{section} entry '{name}' needs a Type.");
        }

        CheckConfidence($"{section} entry '{name}' Score", score, failures);
    }

    private static void CheckConfidence(string what, double value, List<string> failures)
    {
        if (double.IsNaN(value) || value is < 0 or > 1)
        {
            failures.Add($"{what} must be between 0 and 1 (was {value}).");
        }
    }
}
