using Orleans.Concurrency;

namespace EntityGraph.Grains.Cluster;

/// <summary>
/// Lists every silo membership knows (dead ones too, until membership forgets them) and asks each active one to describe
/// itself; a silo that does not answer within <see cref="AnswerTimeout"/> is listed with what membership says. Gathers
/// the drift windows of every active silo the same way (a silo that does not answer contributes none).
/// </summary>
[StatelessWorker]
public sealed class ClusterViewGrain : Grain, IClusterViewGrain
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(5);

    public async Task<IReadOnlyList<SiloView>> DescribeAsync(CancellationToken cancellationToken = default)
    {
        var hosts = await GrainFactory.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: false);
        var views = await Task.WhenAll(hosts.OrderBy(host => host.SiloName, StringComparer.Ordinal).Select(host => DescribeAsync(host, cancellationToken)));
        return views;
    }

    public async Task<IReadOnlyList<ModelHealthView>> ModelHealthAsync(CancellationToken cancellationToken = default)
    {
        var hosts = await GrainFactory.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: true);
        var perSilo = await Task.WhenAll(hosts.OrderBy(host => host.SiloName, StringComparer.Ordinal).Select(host => ModelHealthAsync(host, cancellationToken)));
        return perSilo.SelectMany(views => views).ToList();
    }

    private async Task<IReadOnlyList<ModelHealthView>> ModelHealthAsync(MembershipEntry host, CancellationToken cancellationToken)
    {
        try
        {
            return await GrainFactory.GetGrain<ISiloViewGrain>(host.SiloAddress.ToParsableString()).ModelHealthAsync(cancellationToken).WaitAsync(AnswerTimeout, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or SiloUnavailableException or OrleansException)
        {
            return [];
        }
    }

    private async Task<SiloView> DescribeAsync(MembershipEntry host, CancellationToken cancellationToken)
    {
        var address = host.SiloAddress.ToParsableString();
        var status = host.Status.ToString().ToUpperInvariant();
        if (host.Status == SiloStatus.Active)
        {
            try
            {
                return await GrainFactory.GetGrain<ISiloViewGrain>(address).DescribeAsync(cancellationToken).WaitAsync(AnswerTimeout, cancellationToken);
            }
            catch (Exception ex) when (ex is TimeoutException or SiloUnavailableException or OrleansException)
            {
                status = "NOT_ANSWERING";
            }
        }

        return new SiloView(address, host.SiloName, status, [], false, [], 0, 0);
    }
}
