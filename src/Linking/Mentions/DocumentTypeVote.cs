using EntityGraph.Linking.Normalization;

namespace EntityGraph.Linking.Mentions;

/// <summary>
/// Document-level type consistency: within one document, when one surface form (compared folded) of a named type was
/// given several types and one of them has more mentions than any other, every mention of that form gets it ("Atlas
/// Logistics" typed ORG twice and PER once is an ORG each time); among types with equally many mentions, nothing changes
/// (a club and its town of one name, "Olímpia (Olímpia)", are different things). Value types (dates, amounts, contact
/// details) keep theirs and do not vote.
/// </summary>
public static class DocumentTypeVote
{
    /// <summary>The type each mention should have, index for index.</summary>
    public static IReadOnlyList<string> Vote(IReadOnlyList<(string Text, string Type)> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var types = mentions.Select(mention => mention.Type).ToArray();
        var groups = Enumerable.Range(0, mentions.Count)
            .Where(i => EntityTypes.IsNamed(mentions[i].Type))
            .GroupBy(i => EntityGraph.Text.NameFolding.Fold(mentions[i].Text), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var byCount = group
                .GroupBy(i => mentions[i].Type, StringComparer.Ordinal)
                .OrderByDescending(byType => byType.Count())
                .ToList();
            if (byCount.Count < 2 || byCount[0].Count() == byCount[1].Count())
            {
                continue;
            }

            var winner = byCount[0].Key;
            foreach (var i in group)
            {
                types[i] = winner;
            }
        }

        return types;
    }
}
