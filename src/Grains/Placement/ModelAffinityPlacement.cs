namespace EntityGraph.Grains.Placement;

/// <summary>
/// Places a language's extraction grain on a silo that hosts that language's model at the key's tier (see
/// <see cref="ModelHosts"/>, <see cref="LanguageRoutes.Parse"/>). Carries no parameters, so one instance serves every grain type.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("EntityGraph.ModelAffinityPlacement")]
public sealed class ModelAffinityPlacement : PlacementStrategy
{
}
