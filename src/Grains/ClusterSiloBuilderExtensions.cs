using EntityGraph.Grains.Cluster;
using EntityGraph.Grains.Placement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime.MembershipService.SiloMetadata;

namespace Orleans.Hosting;

/// <summary>Silo registration of the grain layer's cluster parts: model-affinity placement and the cluster view.</summary>
public static class ClusterSiloBuilderExtensions
{
    /// <summary>
    /// Publishes the models this silo hosts as silo metadata and places language extraction grains only on silos that
    /// host the language (<see cref="ModelAffinityPlacementDirector"/>, <see cref="LanguageRoutes"/>); pins each silo's
    /// view grain to its silo. Every silo of a cluster must call it; <see cref="ModelHostMetadata.All"/> for a silo that
    /// hosts everything.
    /// </summary>
    public static ISiloBuilder AddEntityGraphCluster(this ISiloBuilder builder, ModelHostMetadata hosted)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(hosted);
        builder.UseSiloMetadata(hosted.ToMetadata());
        builder.Services.TryAddSingleton<ModelHosts>();
        builder.Services.TryAddSingleton<LanguageRoutes>();
        builder.Services.TryAddSingleton<SiloActivity>();
        builder.Services.AddPlacementDirector<ModelAffinityPlacement, ModelAffinityPlacementDirector>();
        builder.Services.AddPlacementDirector<SiloPinnedPlacement, SiloPinnedPlacementDirector>();
        return builder;
    }
}
