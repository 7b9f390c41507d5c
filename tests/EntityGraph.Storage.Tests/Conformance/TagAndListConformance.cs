using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>The contract every backend must meet; each backend runs it through a class deriving from this one.</summary>
public abstract class TagAndListConformance
{
    protected abstract StoreBackend Backend { get; }

    private static readonly EntityWrite Oslo = Entity("loc-oslo", "LOC", "Oslo");

    [Fact]
    public async Task Manual_tags_are_added_removed_and_survive_content_changes()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Oslo in winter.").Mention(Oslo, "Oslo").Tag("travel", 0.6).Tag("weather", 0.3).Build());

        Assert.False(await store.SetTagAsync("doc-missing", "anything", true));
        Assert.True(await store.SetTagAsync("doc-1", " Favorite ", true));
        Assert.True(await store.SetTagAsync("doc-1", "weather", true));
        Assert.Equal(
            [("Favorite", true, 1.0), ("weather", true, 1.0), ("travel", false, 0.6)],
            (await TagsOf(store, "doc-1")).Select(t => (t.Name, t.Manual, t.Score)).ToArray());

        await store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Oslo in summer.").Mention(Oslo, "Oslo").Tag("summer", 0.7).Build());
        Assert.Equal(
            [("Favorite", true), ("weather", true), ("summer", false)],
            (await TagsOf(store, "doc-1")).Select(t => (t.Name, t.Manual)).ToArray());

        Assert.True(await store.SetTagAsync("doc-1", "favorite", false));
        Assert.True(await store.SetTagAsync("doc-1", "summer", false));
        Assert.Equal(["weather"], (await TagsOf(store, "doc-1")).Select(t => t.Name));
    }

    [Fact]
    public async Task Documents_are_listed_newest_first_and_filtered_by_entity_tag_and_language()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        using var temp = await Backend.CreateAsync(clock);
        var store = temp.Store;
        var bergen = Entity("loc-bergen", "LOC", "Bergen");
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-a", "Oslo news.").Mention(Oslo, "Oslo").Tag("news", 0.9).Build());
        clock.Advance(TimeSpan.FromMinutes(1));
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-b", "Bergen Nachrichten.", "de").Mention(bergen, "Bergen").Tag("sport", 0.5).Build());
        clock.Advance(TimeSpan.FromMinutes(1));
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-c", "Oslo and Bergen.").Mention(Oslo, "Oslo").Mention(bergen, "Bergen").Tag("News", 0.4).Build());
        clock.Advance(TimeSpan.FromMinutes(1));
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-d", "Quiet day.").Build());

        Assert.Equal(["doc-d", "doc-c", "doc-b", "doc-a"], await Ids(store, new DocumentQuery(null, null, null, 10, 0)));
        Assert.Equal(["doc-c", "doc-a"], await Ids(store, new DocumentQuery(Oslo.Id, null, null, 10, 0)));
        Assert.Equal(["doc-c", "doc-a"], await Ids(store, new DocumentQuery(null, "NEWS", null, 10, 0)));
        Assert.Equal(["doc-b"], await Ids(store, new DocumentQuery(null, null, "DE", 10, 0)));
        Assert.Equal(["doc-c"], await Ids(store, new DocumentQuery(bergen.Id, "news", "en", 10, 0)));
        Assert.Empty(await Ids(store, new DocumentQuery("loc-nowhere", null, null, 10, 0)));

        clock.Advance(TimeSpan.FromMinutes(1));
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-a", "Oslo breaking news.").Mention(Oslo, "Oslo").Build());
        var page = await store.ListDocumentsAsync(new DocumentQuery(null, null, null, 2, 0));
        Assert.Equal(["doc-a", "doc-d"], page.Items.Select(d => d.Id));
        Assert.Equal(4, page.TotalCount);
        Assert.True(page.HasNextPage);
        Assert.Equal(clock.GetUtcNow(), page.Items[0].UpdatedAt);
        var last = await store.ListDocumentsAsync(new DocumentQuery(null, null, null, 2, 2));
        Assert.Equal(["doc-c", "doc-b"], last.Items.Select(d => d.Id));
        Assert.False(last.HasNextPage);
        Assert.Equal(4, (await store.ListDocumentsAsync(new DocumentQuery(null, null, null, 2, 10))).TotalCount);
    }

    private async Task<IReadOnlyList<TagRecord>> TagsOf(IGraphStore store, string documentId, CancellationToken cancellationToken = default) =>
        (await store.GetDocumentsAsync([documentId], cancellationToken))[documentId].Tags;

    private async Task<string[]> Ids(IGraphStore store, DocumentQuery query, CancellationToken cancellationToken = default) =>
        (await store.ListDocumentsAsync(query, cancellationToken)).Items.Select(d => d.Id).ToArray();
}
