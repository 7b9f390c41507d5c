using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Hosting;

/// <summary>Rejects silo settings that cannot start a silo.</summary>
public sealed class SiloHostOptionsValidator : IValidateOptions<SiloHostOptions>
{
    public ValidateOptionsResult Validate(string? name, SiloHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClusterId) || string.IsNullOrWhiteSpace(options.ServiceId))
        {
            failures.Add($"{SiloHostOptions.SectionName}:ClusterId and ServiceId must not be empty.");
        }

        if (options.SiloPort is < 0 or > 65535 || options.GatewayPort is < 0 or > 65535)
        {
            failures.Add($"{SiloHostOptions.SectionName}:SiloPort and GatewayPort must be between 0 and 65535.");
        }

        if (options.ResponseTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{SiloHostOptions.SectionName}:ResponseTimeout must be positive (was {options.ResponseTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
