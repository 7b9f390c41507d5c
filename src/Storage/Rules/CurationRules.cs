namespace EntityGraph.Storage;

/// <summary>
/// The checks of curation requests that do not need stored data, shared by every backend: names and ids present and
/// within <see cref="StorageLimits"/>, merge sources and split mentions listed once and within their limits, alias import
/// rows complete and consistent. Each failure is a <see cref="GraphStoreException"/> with <see cref="ErrorCodes.InvalidCuration"/>.
/// </summary>
public static class CurationRules
{
    /// <summary>The trimmed value; INVALID_CURATION when it is blank or longer than <paramref name="maxLength"/>.</summary>
    public static string Require(string? value, string name, int maxLength = StorageLimits.MaxNameLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw Invalid($"{name} must not be empty.");
        }

        if (trimmed.Length > maxLength)
        {
            throw Invalid($"{name} must be at most {maxLength} characters (was {trimmed.Length}).");
        }

        return trimmed;
    }

    /// <summary>An INVALID_CURATION failure.</summary>
    public static GraphStoreException Invalid(string message) => new(ErrorCodes.InvalidCuration, message);

    /// <summary>The reason given, or <paramref name="fallback"/> when none was.</summary>
    public static string Reason(string? given, string fallback) => given?.Trim() is { Length: > 0 } why ? why : fallback;

    /// <summary>The trimmed source ids of a merge: at least one, at most <see cref="StorageLimits.MaxMergeSources"/>, distinct, not the target.</summary>
    public static IReadOnlyList<string> MergeSources(EntityMerge merge)
    {
        ArgumentNullException.ThrowIfNull(merge);
        if (merge.SourceIds is null || merge.SourceIds.Count == 0)
        {
            throw Invalid("A merge needs at least one entity to merge into the target.");
        }

        if (merge.SourceIds.Count > StorageLimits.MaxMergeSources)
        {
            throw Invalid($"A merge takes at most {StorageLimits.MaxMergeSources} entities at once (got {merge.SourceIds.Count}).");
        }

        var ids = merge.SourceIds.Select(id => Require(id, "An entity id to merge", StorageLimits.MaxIdLength)).ToList();
        if (ids.Contains(merge.TargetId.Trim(), StringComparer.Ordinal))
        {
            throw Invalid($"Entity '{merge.TargetId}' cannot be merged into itself.");
        }

        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            throw Invalid("An entity is listed twice among the entities to merge.");
        }

        return ids;
    }

    /// <summary>The mention ids of a split: at least one, at most <see cref="StorageLimits.MaxSplitMentions"/>, each once.</summary>
    public static IReadOnlyList<long> SplitMentions(IReadOnlyList<long>? mentionIds)
    {
        if (mentionIds is null || mentionIds.Count == 0)
        {
            throw Invalid("A split needs at least one mention to move.");
        }

        if (mentionIds.Count > StorageLimits.MaxSplitMentions)
        {
            throw Invalid($"A split moves at most {StorageLimits.MaxSplitMentions} mentions at once (got {mentionIds.Count}).");
        }

        var ids = mentionIds.Distinct().ToList();
        if (ids.Count != mentionIds.Count)
        {
            throw Invalid("A mention is listed twice among the mentions to split off.");
        }

        return ids;
    }

    /// <summary>A split must leave the original entity at least one mention.</summary>
    public static void RequireMentionLeft(EntityRecord original, int moving)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (moving >= original.MentionCount)
        {
            throw Invalid($"A split must leave '{original.Id}' at least one of its {original.MentionCount} mention(s); rename the entity instead.");
        }
    }

    /// <summary>
    /// The rows of an alias import, trimmed: at least one and at most <see cref="StorageLimits.MaxAliasImportRows"/>, each
    /// complete and within the limits, and one type per entity.
    /// </summary>
    public static IReadOnlyList<AliasImportRow> ImportRows(IReadOnlyList<AliasImportRow>? rows)
    {
        if (rows is null || rows.Count == 0)
        {
            throw Invalid("An alias import needs at least one row.");
        }

        if (rows.Count > StorageLimits.MaxAliasImportRows)
        {
            throw Invalid($"An alias import takes at most {StorageLimits.MaxAliasImportRows} rows (got {rows.Count}).");
        }

        var result = new List<AliasImportRow>(rows.Count);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? throw Invalid($"Row {i + 1} is missing.");
            var at = $"Row {i + 1}";
            var entityId = Require(row.EntityId, $"{at}: the entity id", StorageLimits.MaxIdLength);
            var type = Require(row.Type, $"{at}: the type", StorageLimits.MaxTypeLength);
            var name = Require(row.Name, $"{at}: the name");
            var language = Require(row.Language, $"{at}: the language", StorageLimits.MaxLanguageLength);
            var key = Require(row.NormalizedKey, $"{at}: the name's normalized key (the name has no letters or digits)");
            if (types.TryGetValue(entityId, out var known) && !string.Equals(known, type, StringComparison.OrdinalIgnoreCase))
            {
                throw Invalid($"{at}: entity '{entityId}' has type {type} here but {known} in an earlier row.");
            }

            types[entityId] = type;
            result.Add(new AliasImportRow(entityId, type, name, language, key));
        }

        return result;
    }
}
