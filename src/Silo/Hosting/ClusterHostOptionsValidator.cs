using System.Net;
using EntityGraph.Grains.Placement;
using Microsoft.Extensions.Options;

namespace EntityGraph.Silo.Hosting;

/// <summary>Rejects cluster settings that cannot start a silo, naming the key.</summary>
public sealed class ClusterHostOptionsValidator : IValidateOptions<ClusterHostOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Section = ClusterHostOptions.SectionName;
        var failures = new List<string>();
        if (!string.Equals(options.Provider, ClusterHostOptions.Localhost, StringComparison.OrdinalIgnoreCase) && !options.IsRedis)
        {
            failures.Add($"{Section}:Provider must be '{ClusterHostOptions.Localhost}' or '{ClusterHostOptions.RedisProvider}' (was '{options.Provider}').");
        }

        if (options.IsRedis && string.IsNullOrWhiteSpace(options.Redis))
        {
            failures.Add($"{Section}:Redis (the Redis connection string, e.g. 127.0.0.1:6379) is required when {Section}:Provider is redis.");
        }

        if (options.IsRedis && options.SiloPort == 0)
        {
            failures.Add($"{Section}:SiloPort must be set (1-65535) when {Section}:Provider is redis: other silos connect to it.");
        }

        if (string.IsNullOrWhiteSpace(options.ClusterId) || string.IsNullOrWhiteSpace(options.ServiceId))
        {
            failures.Add($"{Section}:ClusterId and ServiceId must not be empty.");
        }

        if (options.SiloPort is < 0 or > 65535 || options.GatewayPort is < 0 or > 65535)
        {
            failures.Add($"{Section}:SiloPort and GatewayPort must be between 0 and 65535.");
        }

        if (options.AdvertisedAddress is { Length: > 0 } address && (!IPAddress.TryParse(address, out var ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)))
        {
            failures.Add($"{Section}:AdvertisedAddress must be an IP address other silos can reach (was '{address}').");
        }

        try
        {
            ModelHostMetadata.Parse(options.Languages, options.HostFallback);
        }
        catch (FormatException ex)
        {
            failures.Add($"{Section}:Languages: {ex.Message}");
        }

        if (options.ResponseTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:ResponseTimeout must be positive (was {options.ResponseTimeout}).");
        }

        if (options.DirectoryCacheSize < 1)
        {
            failures.Add($"{Section}:DirectoryCacheSize must be at least 1 (was {options.DirectoryCacheSize}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
