namespace EntityGraph.Storage;

/// <summary>
/// What a <see cref="DocumentOrigin"/> may hold: a path of 1 to <see cref="StorageLimits.MaxSourceLength"/> characters, a
/// format name of 1 to <see cref="StorageLimits.MaxFormatLength"/>, a part (when given) of 1 to
/// <see cref="StorageLimits.MaxSourceLength"/>, a parent id (when given) of 1 to <see cref="StorageLimits.MaxIdLength"/>, and
/// at most <see cref="StorageLimits.MaxOriginMetadataEntries"/> metadata entries with non-blank names of up to
/// <see cref="StorageLimits.MaxOriginMetadataNameLength"/> characters and values of together at most
/// <see cref="StorageLimits.MaxOriginMetadataLength"/>; no text holds a NUL character or an unpaired surrogate (which not
/// every backend can store). The grains and every store check against this one rule.
/// </summary>
public static class OriginRules
{
    /// <summary>What is wrong with <paramref name="origin"/>, or null when it is valid.</summary>
    public static string? FindProblem(DocumentOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (Length(origin.Path, StorageLimits.MaxSourceLength, "path") is { } path)
        {
            return path;
        }

        if (Length(origin.Format, StorageLimits.MaxFormatLength, "format") is { } format)
        {
            return format;
        }

        if (origin.Part is not null && Length(origin.Part, StorageLimits.MaxSourceLength, "part") is { } part)
        {
            return part;
        }

        if (origin.ParentId is not null && Length(origin.ParentId, StorageLimits.MaxIdLength, "parent id") is { } parent)
        {
            return parent;
        }

        var metadata = origin.Metadata ?? new Dictionary<string, string>();
        if (metadata.Count > StorageLimits.MaxOriginMetadataEntries)
        {
            return $"the origin has {metadata.Count} metadata entries; the limit is {StorageLimits.MaxOriginMetadataEntries}";
        }

        long total = 0;
        foreach (var (name, value) in metadata)
        {
            if (Length(name, StorageLimits.MaxOriginMetadataNameLength, "metadata name") is { } badName)
            {
                return badName;
            }

            if (value is null)
            {
                return $"the origin metadata '{name}' has no value";
            }

            if (Storable(value, $"metadata '{name}'") is { } badValue)
            {
                return badValue;
            }

            total += value.Length;
        }

        return total > StorageLimits.MaxOriginMetadataLength
            ? $"the origin metadata values hold {total} characters; the limit is {StorageLimits.MaxOriginMetadataLength}"
            : null;
    }

    private static string? Length(string? value, int max, string what) => value switch
    {
        null or { Length: 0 } => $"the origin {what} is empty",
        _ when string.IsNullOrWhiteSpace(value) => $"the origin {what} is blank",
        { Length: var length } when length > max => $"the origin {what} is {length} characters long; the limit is {max}",
        _ => Storable(value, what),
    };

    /// <summary>A problem when <paramref name="value"/> holds a NUL character or an unpaired surrogate.</summary>
    private static string? Storable(string value, string what)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                return $"the origin {what} holds a NUL character at offset {i}";
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"the origin {what} holds an unpaired surrogate at offset {i}";
            }
        }

        return null;
    }
}
