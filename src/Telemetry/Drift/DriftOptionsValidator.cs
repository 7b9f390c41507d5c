using Microsoft.Extensions.Options;

namespace EntityGraph.Telemetry.Drift;

/// <summary>Refuses drift settings that cannot work, at start.</summary>
public sealed class DriftOptionsValidator : IValidateOptions<DriftOptions>
{
    /// <summary>The most entities a window may keep.</summary>
    public const int MaxWindow = 1_000_000;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DriftOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Window is < 1 or > MaxWindow)
        {
            failures.Add($"{DriftOptions.SectionName}:Window must be between 1 and {MaxWindow} (was {options.Window}).");
        }

        if (options.MinEntities < 1 || options.MinEntities > options.Window)
        {
            failures.Add($"{DriftOptions.SectionName}:MinEntities must be between 1 and Window (was {options.MinEntities}).");
        }

        if (!(options.Threshold > 0) || double.IsInfinity(options.Threshold))
        {
            failures.Add($"{DriftOptions.SectionName}:Threshold must be a positive number (was {options.Threshold}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
