using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Infrastructure;

/// <summary>Recomputes the graph's counts from the stored linked mentions, independently of the store's own audit.</summary>
internal static class StoredCounts
{
    /// <summary>Every entity count, alias count and co-occurrence count equals what the stored mention rows say.</summary>
    public static async Task AssertExactAsync(IGraphStore store)
    {
        var mentions = new List<MentionRecord>();
        await foreach (var mention in store.StreamMentionsAsync())
        {
            mentions.Add(mention);
        }

        var ids = mentions.Select(m => m.LinkedEntityId).Distinct().ToList();
        var entities = await store.GetEntitiesAsync(ids);
        var aliases = await store.GetAliasesAsync(ids);
        foreach (var group in mentions.GroupBy(m => m.LinkedEntityId))
        {
            Assert.Equal((group.Count(), group.Select(m => m.DocumentId).Distinct().Count()), (entities[group.Key].MentionCount, entities[group.Key].DocumentCount));
            var expected = group.GroupBy(m => (m.Text, m.Language)).Select(g => (g.Key.Text, g.Key.Language, g.Count())).Order().ToList();
            Assert.Equal(expected, aliases[group.Key].Where(a => a.Count > 0).Select(a => (a.Name, a.Language, a.Count)).Order().ToList());
            var together = mentions.Where(m => m.LinkedEntityId != group.Key)
                .Where(m => group.Any(g => g.DocumentId == m.DocumentId))
                .GroupBy(m => m.LinkedEntityId)
                .ToDictionary(g => g.Key, g => g.Select(m => m.DocumentId).Distinct().Count());
            var related = await store.GetRelatedEntitiesAsync(group.Key, 1000);
            Assert.Equal(together.OrderBy(p => p.Key).ToList(), related.Select(r => new KeyValuePair<string, int>(r.EntityId, r.CoOccurrenceCount)).OrderBy(p => p.Key).ToList());
        }
    }
}
