using EntityGraph.Grains.Placement;
using EntityGraph.Ner;
using Orleans.Runtime.MembershipService.SiloMetadata;

namespace EntityGraph.Grains.Cluster;

/// <summary>Describes the silo it is pinned to (see <see cref="SiloPinnedPlacement"/>).</summary>
[SiloPinnedPlacement]
public sealed class SiloViewGrain(ILocalSiloDetails silo, ModelHosts hosts, INerService ner, SiloActivity activity) : Grain, ISiloViewGrain
{
    public async Task<SiloView> DescribeAsync(CancellationToken cancellationToken = default)
    {
        var declared = hosts.Declared(silo.SiloAddress) ?? ModelHostMetadata.Parse("*", hostsFallback: true);
        var statistics = await GrainFactory.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics([silo.SiloAddress]);
        var activations = statistics.Where(item => item.GrainType.StartsWith("EntityGraph.", StringComparison.Ordinal)).Sum(item => item.ActivationCount);
        return new SiloView(
            silo.SiloAddress.ToParsableString(),
            silo.Name,
            "ACTIVE",
            declared.Languages.Order(StringComparer.Ordinal).ToList(),
            declared.HostsFallback,
            ner.LoadedModelIds,
            activations,
            activity.Extractions);
    }
}
