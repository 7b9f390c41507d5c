using EntityGraph.Grains.Linking;

namespace EntityGraph.Grains.Documents;

/// <summary>Groups extracted mentions by (type, normalized key); mentions whose key is empty belong to no group.</summary>
internal static class MentionGrouping
{
    public static IReadOnlyList<MentionGroup> Group(IReadOnlyList<ExtractedEntity> entities)
    {
        var groups = new Dictionary<(string Type, string Key), List<int>>();
        var order = new List<(string Type, string Key)>();
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            var type = entity.Type.Trim();
            var key = EntityKeyNormalizer.Normalize(type, entity.Text);
            if (type.Length == 0 || key.Length == 0)
            {
                continue;
            }

            if (!groups.TryGetValue((type, key), out var indexes))
            {
                indexes = [];
                groups[(type, key)] = indexes;
                order.Add((type, key));
            }

            indexes.Add(i);
        }

        return order
            .Select(k => new MentionGroup(
                k.Type,
                k.Key,
                CanonicalNames.Select(k.Type, groups[k].Select(i => entities[i].Text)),
                entities[groups[k][0]].Language,
                groups[k]))
            .ToList();
    }
}
