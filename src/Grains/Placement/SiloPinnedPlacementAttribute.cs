using Orleans.Placement;

namespace EntityGraph.Grains.Placement;

/// <summary>Marks a grain keyed by a silo address for <see cref="SiloPinnedPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SiloPinnedPlacementAttribute() : PlacementAttribute(new SiloPinnedPlacement());
