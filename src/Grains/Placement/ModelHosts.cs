using Microsoft.Extensions.Options;
using Orleans.Runtime.MembershipService.SiloMetadata;

namespace EntityGraph.Grains.Placement;

/// <summary>
/// Which live silos host the model of a language, from the cluster's membership and each silo's declared
/// <see cref="ModelHostMetadata"/>. This silo's own declaration is read directly (it is known before the metadata cache
/// fills); another silo whose metadata has not arrived yet counts as hosting nothing.
/// </summary>
public sealed class ModelHosts(IClusterMembershipService membership, ISiloMetadataCache metadata, ILocalSiloDetails local, IOptions<SiloMetadata> own)
{
    /// <summary>Active silos (or those of <paramref name="among"/>) that host <paramref name="language"/> at <paramref name="tier"/> (or the fallback, for <see cref="Extraction.LanguageCodes.Undetermined"/>).</summary>
    public IReadOnlyList<SiloAddress> For(string language, string tier, IEnumerable<SiloAddress>? among = null)
    {
        var candidates = among ?? membership.CurrentSnapshot.Members.Values
            .Where(member => member.Status == SiloStatus.Active)
            .Select(member => member.SiloAddress)
            .Append(local.SiloAddress)
            .Distinct();
        return candidates.Where(silo => Declared(silo)?.Hosts(language, tier) == true).ToList();
    }

    /// <summary>What <paramref name="silo"/> declared, or null when it declared nothing (or is not known yet).</summary>
    public ModelHostMetadata? Declared(SiloAddress silo) =>
        ModelHostMetadata.From(silo.Equals(local.SiloAddress) ? own.Value.Metadata : metadata.GetSiloMetadata(silo).Metadata);
}
