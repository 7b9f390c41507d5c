using EntityGraph.Linking.Normalization;

namespace EntityGraph.Grains.Entities;

/// <summary>
/// The key of an <see cref="IEntityGrain"/>: "GROUP|normalized key", where the group is the type's link group
/// (<see cref="EntityTypes.LinkGroup"/>: one group for every named type, the type itself for a value type).
/// </summary>
public static class EntityKeys
{
    /// <summary>The grain key that decides <paramref name="normalizedKey"/> for a mention of <paramref name="type"/>.</summary>
    public static string For(string type, string normalizedKey) => Format(EntityTypes.LinkGroup(type), normalizedKey);

    /// <summary>Formats a grain key from a link group and a normalized key.</summary>
    public static string Format(string group, string normalizedKey) => string.Concat(group, "|", normalizedKey);

    /// <summary>Splits a grain key at its first '|'; false when it has no group or no key.</summary>
    public static bool TryParse(string grainKey, out string group, out string normalizedKey)
    {
        ArgumentNullException.ThrowIfNull(grainKey);
        var bar = grainKey.IndexOf('|', StringComparison.Ordinal);
        group = bar > 0 ? grainKey[..bar] : string.Empty;
        normalizedKey = bar > 0 ? grainKey[(bar + 1)..] : string.Empty;
        return group.Length > 0 && normalizedKey.Length > 0;
    }
}
