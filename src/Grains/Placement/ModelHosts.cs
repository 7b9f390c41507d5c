using Orleans.Runtime.MembershipService.SiloMetadata;

namespace EntityGraph.Grains.Placement;

/// <summary>
/// Which live silos host the model of a language, from the cluster's membership and each silo's declared
/// <see cref="ModelHostMetadata"/>. A silo whose metadata has not arrived yet counts as hosting nothing.
/// </summary>
public sealed class ModelHosts(IClusterMembershipService membership, ISiloMetadataCache metadata)
{
    /// <summary>Active silos (or those of <paramref name="among"/>) that host <paramref name="language"/> at <paramref name="tier"/> (or the fallback, for <see cref="Extraction.LanguageCodes.Undetermined"/>).</summary>
    public IReadOnlyList<SiloAddress> For(string language, string tier, IEnumerable<SiloAddress>? among = null)
    {
        var candidates = among ?? membership.CurrentSnapshot.Members.Values.Where(member => member.Status == SiloStatus.Active).Select(member => member.SiloAddress);
        return candidates.Where(silo => Declared(silo)?.Hosts(language, tier) == true).ToList();
    }

    /// <summary>What <paramref name="silo"/> declared, or null when it declared nothing (or is not known yet).</summary>
    public ModelHostMetadata? Declared(SiloAddress silo) => ModelHostMetadata.From(metadata.GetSiloMetadata(silo).Metadata);
}
