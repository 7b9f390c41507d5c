using Orleans.Runtime.Placement;

namespace EntityGraph.Grains.Placement;

/// <summary>Activates the grain on the silo its key names; a silo that is not active is <see cref="SiloUnavailableException"/>.</summary>
public sealed class SiloPinnedPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = target.GrainIdentity.Key.ToString();
        var silo = context.GetCompatibleSilos(target).FirstOrDefault(candidate => candidate.ToParsableString() == key);
        return silo is not null ? Task.FromResult(silo) : throw new SiloUnavailableException($"Silo {key} is not active.");
    }
}
