using EntityGraph.Linking.Normalization;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Tagging;

/// <summary>
/// Automatic document tags: the canonical names of the most salient named entities (people, organisations,
/// places, other names; never dates, amounts or contact details) scoring at least the configured minimum.
/// The tag name is the entity's canonical name, e.g. "Siemens AG"; the tag score is its salience.
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

            if (EntityTypes.IsTaggable(salience.Type) && !tags.Any(t => string.Equals(t.Name, salience.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                tags.Add(new TagRecord(salience.Name.Trim(), Manual: false, salience.Score));
            }
        }

        return tags;
    }
}
