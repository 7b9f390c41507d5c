using Orleans.Placement;

namespace EntityGraph.Grains.Placement;

/// <summary>Marks a grain keyed by language (<c>language:tier#slot</c>) for <see cref="ModelAffinityPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ModelAffinityPlacementAttribute() : PlacementAttribute(new ModelAffinityPlacement());
