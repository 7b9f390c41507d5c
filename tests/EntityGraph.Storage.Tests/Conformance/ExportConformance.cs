using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>The whole-graph streams of <see cref="IGraphExportReader"/>; every backend runs them through a derived class.</summary>
public abstract class ExportConformance
{
    protected abstract StoreBackend Backend { get; }

    private static readonly EntityWrite Un = Entity("org-un", "ORG", "United Nations");
    private static readonly EntityWrite Tuvalu = Entity("loc-tuvalu", "LOC", "Tuvalu");
    private static readonly EntityWrite Fiji = Entity("loc-fiji", "LOC", "Fiji");

    [Fact]
    public async Task Streams_hold_exactly_what_the_statistics_count_in_a_stable_order()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;
        await SeedAsync(store);

        var statistics = await store.GetStatisticsAsync();
        var entities = await ToListAsync(store.StreamEntitiesAsync());
        var documents = await ToListAsync(store.StreamDocumentsAsync());
        var mentions = await ToListAsync(store.StreamMentionsAsync());
        var aliases = await ToListAsync(store.StreamAliasesAsync());

        Assert.Equal(["loc-fiji", "loc-tuvalu", "org-un"], entities.Select(e => e.Id));
        Assert.Equal(statistics.Entities, entities.Count);
        Assert.Equal(["doc-a", "doc-b", "doc-c", "doc-d"], documents.Select(d => d.Id));
        Assert.Equal(statistics.Documents, documents.Count);
        Assert.Equal(statistics.Mentions, mentions.Count);
        Assert.Equal(["doc-a", "doc-a", "doc-b", "doc-b", "doc-c", "doc-c", "doc-d"], mentions.Select(m => m.DocumentId));
        Assert.Equal(statistics.Aliases, aliases.Count(a => !a.Manual));
        Assert.Equal(
            [("loc-fiji", "Fiji", 2, false), ("loc-tuvalu", "Tuvalu", 2, false), ("org-un", "United Nations", 3, false), ("org-un", "UN", 0, true)],
            aliases.Select(a => (a.EntityId, a.Name, a.Count, a.Manual)));
        Assert.Equal([new TagRecord("pacific", false, 0.5)], documents[0].Tags);
    }

    [Fact]
    public async Task Cooccurrences_carry_counts_and_the_related_entities_score()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;
        await SeedAsync(store);

        var pairs = await ToListAsync(store.StreamCooccurrencesAsync());

        Assert.Equal([("loc-fiji", "org-un", 1), ("loc-tuvalu", "org-un", 2)], pairs.Select(p => (p.EntityA, p.EntityB, p.DocumentCount)));
        Assert.Equal(pairs.Count, (await store.GetRelatedEntitiesAsync("org-un", 10)).Count);
        var related = await store.GetRelatedEntitiesAsync("org-un", 10);
        foreach (var pair in pairs)
        {
            Assert.Equal(related.Single(r => r.EntityId == pair.EntityA).Score, pair.Npmi, 9);
        }

        // 4 documents; the UN in 3, Tuvalu in 2, both in 2: ln(2*4/(3*2)) / -ln(2/4). Fiji in 2, with the UN in 1.
        Assert.Equal(Math.Log(2.0 * 4 / (3 * 2)) / -Math.Log(2.0 / 4), pairs[1].Npmi, 9);
        Assert.Equal(Math.Log(1.0 * 4 / (3 * 2)) / -Math.Log(1.0 / 4), pairs[0].Npmi, 9);
    }

    [Fact]
    public async Task An_empty_store_streams_nothing()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;

        Assert.Empty(await ToListAsync(store.StreamEntitiesAsync()));
        Assert.Empty(await ToListAsync(store.StreamAliasesAsync()));
        Assert.Empty(await ToListAsync(store.StreamDocumentsAsync()));
        Assert.Empty(await ToListAsync(store.StreamMentionsAsync()));
        Assert.Empty(await ToListAsync(store.StreamCooccurrencesAsync()));
    }

    private static async Task SeedAsync(IGraphStore store)
    {
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-b", "Tuvalu spoke at the United Nations.").Mention(Tuvalu, "Tuvalu").Mention(Un, "United Nations").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-a", "The United Nations visited Tuvalu.").Mention(Un, "United Nations").Mention(Tuvalu, "Tuvalu").Tag("pacific", 0.5).Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-c", "Fiji and the United Nations.").Mention(Fiji, "Fiji").Mention(Un, "United Nations").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-d", "Fiji and the UN.").Mention(Fiji, "Fiji").Mention(Un, "UN").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-d", "Fiji alone.").Mention(Fiji, "Fiji").Build());
        await store.AddAliasAsync(new AliasAddition("org-un", "UN", "en", "un"));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
