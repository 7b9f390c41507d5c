using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>The contract every backend must meet; each backend runs it through a class deriving from this one.</summary>
public abstract class ReadConformance
{
    protected abstract StoreBackend Backend { get; }

    [Fact]
    public async Task Batched_reads_handle_more_ids_than_one_chunk_and_skip_missing_ones()
    {
        using var temp = await Backend.CreateAsync();
        var builder = new DocumentBuilder("doc-many", "Declares many entities.");
        for (var i = 0; i < 1200; i++)
        {
            builder.Declare(Entity($"e-{i:D4}", "MISC", $"Thing {i}"));
        }

        await temp.Store.UpsertDocumentAsync(builder.Build());
        var requested = Enumerable.Range(0, 1500).Select(i => $"e-{i:D4}").Concat(["e-0001", "e-0002"]).ToArray();

        var entities = await temp.Store.GetEntitiesAsync(requested);

        Assert.Equal(1200, entities.Count);
        Assert.Equal("Thing 1199", entities["e-1199"].CanonicalName);
        Assert.False(entities.ContainsKey("e-1200"));
        Assert.Empty(await temp.Store.GetEntitiesAsync([]));
        Assert.Single(await temp.Store.GetDocumentsAsync(["doc-many", "doc-none"]));
    }

    [Fact]
    public async Task Mentions_and_aliases_come_back_in_order_and_stream_in_document_order()
    {
        using var temp = await Backend.CreateAsync();
        var lima = Entity("loc-lima", "LOC", "Lima");
        var peru = Entity("loc-peru", "LOC", "Peru");
        var write = new DocumentBuilder("doc-b", "Lima, Peru. LIMA again, and Lima.")
            .Mention(lima, "Lima", 1).Mention(peru, "Peru").Mention(lima, "LIMA").Mention(lima, "Lima").Build();
        await temp.Store.UpsertDocumentAsync(write);
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-a", "Peru and Lima.").Mention(lima, "Lima").Mention(peru, "Peru").Build());

        var mentions = await temp.Store.GetMentionsByDocumentAsync(["doc-b", "doc-missing"]);

        Assert.False(mentions.ContainsKey("doc-missing"));
        Assert.Equal([0, 6, 12, 28], mentions["doc-b"].Select(m => m.Start));
        Assert.All(mentions["doc-b"], m => Assert.Equal(write.Text[m.Start..m.End], m.Text));
        Assert.Equal(["Lima", "LIMA"], (await temp.Store.GetAliasesAsync([lima.Id]))[lima.Id].Select(a => a.Name));

        var streamed = new List<MentionRecord>();
        await foreach (var mention in temp.Store.StreamMentionsAsync())
        {
            streamed.Add(mention);
        }

        Assert.Equal(
            [("doc-a", 0), ("doc-a", 9), ("doc-b", 0), ("doc-b", 6), ("doc-b", 12), ("doc-b", 28)],
            streamed.Select(m => (m.DocumentId, m.Start)).ToArray());
        Assert.Equal(streamed.Count, (await temp.Store.GetStatisticsAsync()).Mentions);
        Assert.Equal(streamed.Count, streamed.Select(m => m.Id).Distinct().Count());
    }
}
