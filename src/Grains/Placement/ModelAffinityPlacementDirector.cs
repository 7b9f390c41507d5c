using Orleans.Runtime.Placement;

namespace EntityGraph.Grains.Placement;

/// <summary>
/// Chooses, at random, one of the compatible live silos that host the grain's language and tier, so activations of one language
/// spread over its hosts. No host is a <see cref="ModelUnavailablePlacementException"/>, which reaches the caller at once
/// (callers route to the fallback before that can happen, see <see cref="LanguageRoutes"/>).
/// </summary>
public sealed class ModelAffinityPlacementDirector(ModelHosts hosts) : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (language, tier) = LanguageRoutes.Parse(target.GrainIdentity.Key.ToString()!);
        var candidates = hosts.For(language, tier, context.GetCompatibleSilos(target));
        return candidates.Count > 0
            ? Task.FromResult(candidates[Random.Shared.Next(candidates.Count)])
            : throw new ModelUnavailablePlacementException($"No live silo hosts the {tier} model for language '{language}'.");
    }
}
