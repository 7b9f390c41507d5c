using EntityGraph.Redaction.Crypto;
using EntityGraph.Redaction.Operators;
using Microsoft.Extensions.Options;

namespace EntityGraph.Redaction.Configuration;

/// <summary>
/// Rejects an encryption key that is not base64 of 32 bytes, unknown operators, a mask character that is not one
/// character, a negative mask count, and a configured <c>hash</c> or <c>encrypt</c> without its salt or key.
/// The failure messages name settings, never their secret values.
/// </summary>
public sealed class RedactionOptionsValidator : IValidateOptions<RedactionOptions>
{
    /// <summary>Validates <paramref name="options"/>; <paramref name="name"/> (the named-options name) is not used.</summary>
    public ValidateOptionsResult Validate(string? name, RedactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasKey = !string.IsNullOrEmpty(options.EncryptionKey);
        if (hasKey && !EncryptionKeyParser.TryParse(options.EncryptionKey, out _, out var keyProblem))
        {
            failures.Add($"{RedactionOptions.EncryptionKeySetting} {keyProblem}");
        }

        if (options.Operators is null)
        {
            failures.Add($"{RedactionOptions.SectionName}:Operators must not be null.");
            return ValidateOptionsResult.Fail(failures);
        }

        var types = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (type, spec) in options.Operators)
        {
            if (type is not null && !types.Add(type))
            {
                failures.Add($"{RedactionOptions.SectionName}:Operators has '{type}' more than once (entity types ignore case).");
            }

            var path = $"{RedactionOptions.SectionName}:Operators:{type}";
            if (string.IsNullOrWhiteSpace(type))
            {
                failures.Add($"{RedactionOptions.SectionName}:Operators has an entry without an entity type.");
            }

            failures.AddRange(OperatorSpecRules.Problems(spec).Select(problem => $"{path}: {problem}"));
            if (spec is null)
            {
                continue;
            }

            if (string.Equals(spec.Operator, RedactionOperators.Hash, StringComparison.OrdinalIgnoreCase)
                && string.IsNullOrEmpty(options.HashSalt))
            {
                failures.Add($"{path} uses 'hash', which needs {RedactionOptions.HashSaltSetting}; it is not configured.");
            }

            if (string.Equals(spec.Operator, RedactionOperators.Encrypt, StringComparison.OrdinalIgnoreCase) && !hasKey)
            {
                failures.Add($"{path} uses 'encrypt', which needs {RedactionOptions.EncryptionKeySetting}; it is not configured.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
