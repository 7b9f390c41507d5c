namespace EntityGraph.Grains.Placement;

/// <summary>Places a grain on the silo whose address (<see cref="SiloAddress.ToParsableString"/>) is its key.</summary>
[GenerateSerializer]
[Immutable]
[Alias("EntityGraph.SiloPinnedPlacement")]
public sealed class SiloPinnedPlacement : PlacementStrategy
{
}
