using EntityGraph.Linking.Normalization;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Tagging;

/// <summary>
/// Automatic document tags: the canonical names of the most salient named entities (people, organisations,
/// places, other names; never dates, amounts or contact details) scoring at least the configured minimum.
/// The tag name is the entity's canonical name, e.g. "Siemens AG"; the tag score is its salience. A name longer than a
/// tag may be (<see cref="StorageLimits.MaxTagLength"/>) is no tag: a model can find a long run of words as one name, and
/// the document must still be stored.
/// </summary>
public static class AutomaticTagger
{
    /// <summary>Up to <paramref name="count"/> tags from <paramref name="saliences"/>, one per distinct name (ignoring case).</summary>
    public static IReadOnlyList<TagRecord> Select(IReadOnlyList<EntitySalience> saliences, int count, double minScore)
    {
        ArgumentNullException.ThrowIfNull(saliences);
        var tags = new List<TagRecord>();
        foreach (var salience in saliences.OrderByDescending(s => s.Score))
        {
            if (tags.Count >= count || salience.Score < minScore)
            {
                break;
            }

            var name = salience.Name.Trim();
            if (EntityTypes.IsTaggable(salience.Type) && name.Length is > 0 and <= StorageLimits.MaxTagLength
                && !tags.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                tags.Add(new TagRecord(name, Manual: false, salience.Score));
            }
        }

        return tags;
    }
}
