using EntityGraph.Text;

namespace EntityGraph.Grains.Tagging;

/// <summary>
/// Scores each entity of a document in [0,1] from four signals, each in [0,1]:
/// frequency (log of its mention count relative to the most mentioned entity, weight 0.4),
/// first position (1 at the start of the text, 0 at its end, weight 0.25),
/// presence in the title (weight 0.2; without a title the other weights are scaled up) and
/// mean model confidence (weight 0.15).
/// </summary>
public static class SalienceScorer
{
    private const double FrequencyWeight = 0.4;
    private const double PositionWeight = 0.25;
    private const double TitleWeight = 0.2;
    private const double ConfidenceWeight = 0.15;

    /// <summary>Salience of every entity in <paramref name="mentions"/> (linked: EntityId set), highest first.</summary>
    public static IReadOnlyList<EntitySalience> Score(
        IReadOnlyList<ExtractedEntity> mentions,
        IReadOnlyDictionary<string, string> names,
        int textLength,
        string? title)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(names);
        var groups = mentions.Where(m => m.EntityId is not null).GroupBy(m => m.EntityId!, StringComparer.Ordinal).ToList();
        if (groups.Count == 0)
        {
            return [];
        }

        var maxCount = groups.Max(g => g.Count());
        var foldedTitle = title is null ? null : " " + NameFolding.Fold(title) + " ";
        var totalWeight = FrequencyWeight + PositionWeight + ConfidenceWeight + (foldedTitle is null ? 0 : TitleWeight);
        var result = new List<EntitySalience>(groups.Count);
        foreach (var group in groups)
        {
            var frequency = Math.Log(1 + group.Count()) / Math.Log(1 + maxCount);
            var position = 1.0 - ((double)group.Min(m => m.Start) / Math.Max(1, textLength));
            var confidence = Math.Clamp(group.Average(m => m.Confidence), 0, 1);
            var score = (FrequencyWeight * frequency) + (PositionWeight * position) + (ConfidenceWeight * confidence);
            if (foldedTitle is not null && group.Any(m => InTitle(foldedTitle, m.Text)))
            {
                score += TitleWeight;
            }

            var first = group.First();
            var name = names.TryGetValue(group.Key, out var known) ? known : first.Text;
            result.Add(new EntitySalience(group.Key, first.Type, name, Math.Round(Math.Clamp(score / totalWeight, 0, 1), 4)));
        }

        return result.OrderByDescending(s => s.Score).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    private static bool InTitle(string foldedTitle, string surface)
    {
        var folded = NameFolding.Fold(surface);
        return folded.Length > 0 && foldedTitle.Contains(" " + folded + " ", StringComparison.Ordinal);
    }
}
