namespace EntityGraph.Silo.Hosting;

/// <summary>
/// The co-hosted Orleans silo and the cluster it joins, bound from <c>EntityGraph:Cluster</c>: localhost clustering for
/// one process (the default), or Redis membership for several silos on several machines over one shared store.
/// </summary>
public sealed class ClusterHostOptions
{
    public const string SectionName = "EntityGraph:Cluster";

    public const string Localhost = "localhost";

    public const string RedisProvider = "redis";

    /// <summary><c>localhost</c> (one silo, no network) or <c>redis</c> (membership in <see cref="Redis"/>).</summary>
    public string Provider { get; set; } = Localhost;

    /// <summary>StackExchange.Redis configuration string for <c>redis</c>, e.g. <c>127.0.0.1:6379</c>.</summary>
    public string? Redis { get; set; }

    public string ClusterId { get; set; } = "entitygraph-local";

    public string ServiceId { get; set; } = "entitygraph";

    /// <summary>Silo-to-silo port; 0 picks a free port (localhost only: a cluster needs fixed ports).</summary>
    public int SiloPort { get; set; }

    /// <summary>Port for external Orleans clients; 0 runs no gateway (the API and CLI call grains in process).</summary>
    public int GatewayPort { get; set; }

    /// <summary>The IP address other silos reach this one on (redis); default: this machine's first non-loopback address.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Languages whose models this silo hosts: comma-separated codes, or <c>*</c> for every language.</summary>
    public string Languages { get; set; } = "*";

    /// <summary>Whether this silo hosts the multilingual fallback model (languages no live silo hosts go to it).</summary>
    public bool HostFallback { get; set; } = true;

    /// <summary>How long a grain call may take before it fails (model loading on first use counts).</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Most grain addresses a silo's directory cache keeps (Orleans' <c>GrainDirectoryOptions.CacheSize</c>). Every
    /// document and entity is a grain: Orleans' default of a million entries let the cache and its tables grow with every
    /// ingested document for as long as a server ran. Addresses dropped from the cache are looked up again when called.
    /// </summary>
    public int DirectoryCacheSize { get; set; } = 10_000;

    public bool IsRedis => string.Equals(Provider, RedisProvider, StringComparison.OrdinalIgnoreCase);
}
