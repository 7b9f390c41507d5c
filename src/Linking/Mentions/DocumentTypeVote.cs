using EntityGraph.Linking.Normalization;

namespace EntityGraph.Linking.Mentions;

/// <summary>
/// Document-level type consistency: within one document, every mention of one surface form (compared folded) of a named
/// type gets one type, the one whose mentions have the highest summed confidence (ties: the type of the single most
/// confident mention, then the type that sorts first). Value types (dates, amounts, contact details) keep theirs and do not
/// vote. A name typed ORG three times and PER once in one text is an ORG each time.
/// </summary>
public static class DocumentTypeVote
{
    /// <summary>The type each mention should have, index for index.</summary>
    public static IReadOnlyList<string> Vote(IReadOnlyList<(string Text, string Type, double Confidence)> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var types = mentions.Select(mention => mention.Type).ToArray();
        var groups = Enumerable.Range(0, mentions.Count)
            .Where(i => EntityTypes.IsNamed(mentions[i].Type))
            .GroupBy(i => EntityGraph.Text.NameFolding.Fold(mentions[i].Text), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.ToList();
            if (members.Select(i => mentions[i].Type).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            var winner = members
                .GroupBy(i => mentions[i].Type, StringComparer.Ordinal)
                .OrderByDescending(byType => byType.Sum(i => mentions[i].Confidence))
                .ThenByDescending(byType => byType.Max(i => mentions[i].Confidence))
                .ThenBy(byType => byType.Key, StringComparer.Ordinal)
                .First().Key;
            foreach (var i in members)
            {
                types[i] = winner;
            }
        }

        return types;
    }
}
