using System.Net;
using System.Net.Sockets;
using Orleans.Configuration;

namespace EntityGraph.Silo.Hosting;

/// <summary>
/// How a silo finds the others: localhost clustering (one process), or Redis membership with fixed ports, an advertised
/// address and probes tuned so a killed silo is declared dead within about 15 seconds.
/// </summary>
public static class ClusterMembership
{
    /// <summary>
    /// Probe settings for Redis clusters: a probe every ~2 s (timeout 2-4 s), a silo suspected after 3 missed probes and
    /// declared dead by 2 votes (1 in a cluster of two); the membership table refreshed every 5 s; a silo that stopped
    /// writing its I-am-alive row for 10 s no longer counts as a voter. A killed process drops its connections and is
    /// usually dead in under 10 s; a hung host within about 15 s.
    /// </summary>
    public static void ConfigureProbes(ClusterMembershipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ProbeTimeout = TimeSpan.FromSeconds(2);
        options.MaxProbeTimeout = TimeSpan.FromSeconds(4);
        options.NumMissedProbesLimit = 3;
        options.NumVotesForDeathDeclaration = 2;
        options.EnableIndirectProbes = true;
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
        options.NumMissedTableIAmAliveLimit = 2;
        options.TableRefreshTimeout = TimeSpan.FromSeconds(5);
        options.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(30);
    }

    public static void Configure(ISiloBuilder silo, ClusterHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsRedis)
        {
            silo.UseLocalhostClustering(
                options.SiloPort == 0 ? FreePorts.Find() : options.SiloPort,
                options.GatewayPort,
                primarySiloEndpoint: null,
                serviceId: options.ServiceId,
                clusterId: options.ClusterId);
            return;
        }

        silo.UseRedisClustering(options.Redis!);
        silo.Configure<ClusterOptions>(cluster => (cluster.ClusterId, cluster.ServiceId) = (options.ClusterId, options.ServiceId));
        var advertised = options.AdvertisedAddress is { Length: > 0 } address ? IPAddress.Parse(address) : FirstNetworkAddress();
        silo.Configure<EndpointOptions>(endpoints =>
        {
            endpoints.AdvertisedIPAddress = advertised;
            endpoints.SiloPort = options.SiloPort;
            endpoints.GatewayPort = options.GatewayPort;
            endpoints.SiloListeningEndpoint = new IPEndPoint(IPAddress.Any, options.SiloPort);
            if (options.GatewayPort != 0)
            {
                endpoints.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Any, options.GatewayPort);
            }
        });
        silo.Configure<ClusterMembershipOptions>(ConfigureProbes);
    }

    /// <summary>The first IPv4 address of an up, non-loopback interface; loopback when there is none.</summary>
    private static IPAddress FirstNetworkAddress() =>
        System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == System.Net.NetworkInformation.OperationalStatus.Up)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .FirstOrDefault(ip => ip.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(ip))
        ?? IPAddress.Loopback;
}
