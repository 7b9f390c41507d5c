namespace EntityGraph.Grains.Entities;

/// <summary>The key of an <see cref="IEntityGrain"/>: "TYPE|normalized key".</summary>
public static class EntityKeys
{
    /// <summary>Formats the grain key for a type and normalized key.</summary>
    public static string Format(string type, string normalizedKey) => string.Concat(type, "|", normalizedKey);

    /// <summary>Splits a grain key at its first '|'; false when it has no type or no key.</summary>
    public static bool TryParse(string grainKey, out string type, out string normalizedKey)
    {
        ArgumentNullException.ThrowIfNull(grainKey);
        var bar = grainKey.IndexOf('|', StringComparison.Ordinal);
        type = bar > 0 ? grainKey[..bar] : string.Empty;
        normalizedKey = bar > 0 ? grainKey[(bar + 1)..] : string.Empty;
        return type.Length > 0 && normalizedKey.Length > 0;
    }
}
