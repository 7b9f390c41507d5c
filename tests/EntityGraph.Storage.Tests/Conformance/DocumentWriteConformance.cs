using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>The contract every backend must meet; each backend runs it through a class deriving from this one.</summary>
public abstract class DocumentWriteConformance
{
    protected abstract StoreBackend Backend { get; }

    private static readonly EntityWrite Merkel = Entity("per-merkel", "PER", "Angela Merkel");
    private static readonly EntityWrite Macron = Entity("per-macron", "PER", "Emmanuel Macron");
    private static readonly EntityWrite Scholz = Entity("per-scholz", "PER", "Olaf Scholz");
    private static readonly EntityWrite Berlin = Entity("loc-berlin", "LOC", "Berlin");
    private static readonly EntityWrite Paris = Entity("loc-paris", "LOC", "Paris");

    [Fact]
    public async Task Same_content_hash_is_unchanged_and_writes_nothing()
    {
        using var temp = await Backend.CreateAsync();
        var write = FirstVersion();

        Assert.Equal(DocumentWriteOutcome.Created, await temp.Store.UpsertDocumentAsync(write));
        var before = StoreSnapshot.Take(temp);
        ((ManualClock)temp.Clock).Advance(TimeSpan.FromHours(1));

        Assert.Equal(DocumentWriteOutcome.Unchanged, await temp.Store.UpsertDocumentAsync(write));
        Assert.Equal(DocumentWriteOutcome.Unchanged, await temp.Store.UpsertDocumentAsync(write));

        Assert.Equal(before, StoreSnapshot.Take(temp));
        Assert.Equal(write.ContentHash, await temp.Store.GetContentHashAsync("doc-1"));
        var entities = await temp.Store.GetEntitiesAsync([Merkel.Id]);
        Assert.Equal(2, entities[Merkel.Id].MentionCount);
    }

    [Fact]
    public async Task Changed_content_replaces_mentions_and_fixes_every_count()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;
        await store.UpsertDocumentAsync(FirstVersion());
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-2", "Macron visited Berlin.")
            .Mention(Macron, "Macron").Mention(Berlin, "Berlin").Build());
        Assert.True(await store.SetTagAsync("doc-1", "favorite", present: true));

        var before = await store.GetEntitiesAsync([Merkel.Id, Macron.Id, Berlin.Id]);
        Assert.Equal((2, 1), (before[Merkel.Id].MentionCount, before[Merkel.Id].DocumentCount));
        Assert.Equal((2, 2), (before[Berlin.Id].MentionCount, before[Berlin.Id].DocumentCount));
        CountAudit.AssertExact(temp);

        var second = new DocumentBuilder("doc-1", "Olaf Scholz met Emmanuel Macron in Paris.")
            .Mention(Scholz, "Olaf Scholz").Mention(Macron, "Emmanuel Macron").Mention(Paris, "Paris")
            .Tag("politics", 0.7).Tag("france", 0.6).Build();
        Assert.Equal(DocumentWriteOutcome.Updated, await store.UpsertDocumentAsync(second));

        var after = await store.GetEntitiesAsync([Merkel.Id, Macron.Id, Scholz.Id, Berlin.Id, Paris.Id]);
        Assert.Equal((0, 0), (after[Merkel.Id].MentionCount, after[Merkel.Id].DocumentCount));
        Assert.Equal((2, 2), (after[Macron.Id].MentionCount, after[Macron.Id].DocumentCount));
        Assert.Equal((1, 1), (after[Berlin.Id].MentionCount, after[Berlin.Id].DocumentCount));
        Assert.Equal((1, 1), (after[Scholz.Id].MentionCount, after[Scholz.Id].DocumentCount));
        Assert.Equal((1, 1), (after[Paris.Id].MentionCount, after[Paris.Id].DocumentCount));
        CountAudit.AssertExact(temp);

        var mentions = (await store.GetMentionsByDocumentAsync(["doc-1"]))["doc-1"];
        Assert.Equal(["Olaf Scholz", "Emmanuel Macron", "Paris"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(m.Text, second.Text[m.Start..m.End]));

        var aliases = await store.GetAliasesAsync([Merkel.Id, Macron.Id]);
        Assert.False(aliases.ContainsKey(Merkel.Id));
        Assert.Equal(
            [("Emmanuel Macron", 1), ("Macron", 1)],
            aliases[Macron.Id].Select(a => (a.Name, a.Count)).ToArray());

        var macronNeighbours = await store.GetRelatedEntitiesAsync(Macron.Id, 10);
        Assert.Equal(
            [(Berlin.Id, 1), (Paris.Id, 1), (Scholz.Id, 1)],
            macronNeighbours.Select(r => (r.EntityId, r.CoOccurrenceCount)).OrderBy(r => r.EntityId, StringComparer.Ordinal).ToArray());
        Assert.Empty(await store.GetRelatedEntitiesAsync(Merkel.Id, 10));

        var document = (await store.GetDocumentsAsync(["doc-1"]))["doc-1"];
        Assert.Equal(second.Text, document.Text);
        Assert.Equal(
            [("favorite", true), ("politics", false), ("france", false)],
            document.Tags.Select(t => (t.Name, t.Manual)).ToArray());

        var statistics = await store.GetStatisticsAsync();
        Assert.Equal(new GraphStatistics(Entities: 4, Documents: 2, Mentions: 5, Aliases: 5, new MentionStatusCounts(Accepted: 5, InReview: 0, Rejected: 0, Corrected: 0, Added: 0)), statistics);
    }

    [Fact]
    public async Task Entity_left_without_mentions_keeps_its_id_but_leaves_search()
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.UpsertDocumentAsync(FirstVersion());
        Assert.Contains(Merkel.Id, (await temp.Store.SearchEntitiesAsync(new EntityQuery("merkel", null, null, 10, 0))).Items.Select(e => e.Id));

        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Nobody is mentioned here.").Build());

        var search = await temp.Store.SearchEntitiesAsync(new EntityQuery("merkel", null, null, 10, 0));
        Assert.Empty(search.Items);
        Assert.Equal(0, search.TotalCount);
        Assert.Equal(0, (await temp.Store.SearchEntitiesAsync(new EntityQuery(null, null, null, 10, 0))).TotalCount);
        Assert.Equal(Merkel.Id, await temp.Store.FindEntityByKeyAsync("PER", Merkel.NormalizedKey));
        Assert.Equal(0, (await temp.Store.GetEntitiesAsync([Merkel.Id]))[Merkel.Id].MentionCount);

        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-3", "Merkel returns.").Mention(Merkel, "Merkel").Build());
        Assert.Equal([Merkel.Id], (await temp.Store.SearchEntitiesAsync(new EntityQuery("merkel", null, null, 10, 0))).Items.Select(e => e.Id));
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task New_entities_are_linked_by_key_and_stored_entities_are_left_alone()
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.UpsertDocumentAsync(FirstVersion());
        Assert.Equal(Berlin.Id, await temp.Store.FindEntityByKeyAsync("LOC", "berlin"));
        Assert.Null(await temp.Store.FindEntityByKeyAsync("PER", "berlin"));

        var renamed = Berlin with { CanonicalName = "Berlin, Germany" };
        var rival = new EntityWrite("loc-berlin-2", "LOC", "Berlin", "berlin");
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-9", "Berlin and Berlin.")
            .Mention(renamed, "Berlin").Mention(rival, "Berlin", 1).Build());

        Assert.Equal(Berlin.Id, await temp.Store.FindEntityByKeyAsync("LOC", "berlin"));
        var entities = await temp.Store.GetEntitiesAsync([Berlin.Id, rival.Id]);
        Assert.Equal("Berlin", entities[Berlin.Id].CanonicalName);
        Assert.Equal(1, entities[rival.Id].MentionCount);
    }

    [Fact]
    public async Task Mentions_of_an_already_stored_entity_need_no_entity_write()
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.UpsertDocumentAsync(FirstVersion());
        var write = new DocumentBuilder("doc-5", "Berlin again.").Mention(Berlin, "Berlin").Build() with { Entities = [] };

        Assert.Equal(DocumentWriteOutcome.Created, await temp.Store.UpsertDocumentAsync(write));
        Assert.Equal(2, (await temp.Store.GetEntitiesAsync([Berlin.Id]))[Berlin.Id].DocumentCount);
    }

    private static DocumentWrite FirstVersion() =>
        new DocumentBuilder("doc-1", "Angela Merkel met Emmanuel Macron in Berlin. Merkel smiled.")
            .Mention(Merkel, "Angela Merkel").Mention(Merkel, "Merkel", 1).Mention(Macron, "Emmanuel Macron").Mention(Berlin, "Berlin")
            .Tag("politics", 0.8).Tag("europe", 0.5)
            .Build();
}
