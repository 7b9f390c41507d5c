using EntityGraph.Grains.Placement;
using EntityGraph.Ner;
using EntityGraph.Telemetry.Drift;
using Orleans.Runtime.MembershipService.SiloMetadata;

namespace EntityGraph.Grains.Cluster;

/// <summary>Describes the silo it is pinned to (see <see cref="SiloPinnedPlacement"/>).</summary>
[SiloPinnedPlacement]
public sealed class SiloViewGrain(ILocalSiloDetails silo, ModelHosts hosts, INerService ner, SiloActivity activity, DriftMonitor drift) : Grain, ISiloViewGrain
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

    public Task<IReadOnlyList<ModelHealthView>> ModelHealthAsync(CancellationToken cancellationToken = default)
    {
        var address = silo.SiloAddress.ToParsableString();
        IReadOnlyList<ModelHealthView> views = drift.Health()
            .Select(h => new ModelHealthView(address, h.Model, h.Language, h.WindowEntities, h.EntitiesSeen, h.BaselineEntities, h.ConfidencePsi, h.TypePsi, h.Threshold, h.Drifting, h.Confidence, h.BaselineConfidence, h.Types, h.BaselineTypes))
            .ToList();
        return Task.FromResult(views);
    }
}
