using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Monitoring;

/// <summary>Refuses monitoring settings that cannot work, at start.</summary>
public sealed class MonitoringOptionsValidator : IValidateOptions<MonitoringOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!MonitoringOptions.LogFormats.Contains(options.LogFormat, StringComparer.Ordinal))
        {
            failures.Add($"{MonitoringOptions.SectionName}:LogFormat must be one of {string.Join(", ", MonitoringOptions.LogFormats)} (was '{options.LogFormat}').");
        }

        if (options.ReviewQueueInterval < TimeSpan.FromSeconds(1) || options.ReviewQueueInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"{MonitoringOptions.SectionName}:ReviewQueueInterval must be between 00:00:01 and 01:00:00 (was {options.ReviewQueueInterval}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
