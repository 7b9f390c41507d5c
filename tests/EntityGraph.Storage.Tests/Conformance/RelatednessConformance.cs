using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>The contract every backend must meet; each backend runs it through a class deriving from this one.</summary>
public abstract class RelatednessConformance
{
    protected abstract StoreBackend Backend { get; }

    private static readonly EntityWrite Common = Entity("org-un", "ORG", "United Nations");
    private static readonly EntityWrite Rare = Entity("place-tuvalu", "LOC", "Tuvalu");

    [Fact]
    public async Task One_shared_rare_entity_outranks_one_shared_common_entity()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-0", "The United Nations met Tuvalu.").Mention(Common, "United Nations").Mention(Rare, "Tuvalu").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-rare", "Tuvalu is small.").Mention(Rare, "Tuvalu").Build());
        for (var i = 0; i < 8; i++)
        {
            await store.UpsertDocumentAsync(new DocumentBuilder($"doc-common-{i}", $"The United Nations report {i}.").Mention(Common, "United Nations").Build());
        }

        await store.UpsertDocumentAsync(new DocumentBuilder("doc-none", "Nothing shared here.").Build());
        const double documents = 11;

        var related = await store.GetRelatedDocumentsAsync("doc-0", 20);

        Assert.Equal(9, related.Count);
        Assert.Equal("doc-rare", related[0].DocumentId);
        Assert.Equal([Rare.Id], related[0].SharedEntityIds);
        Assert.Equal(Math.Log(1 + documents / 2), related[0].Score, 9);
        Assert.All(related.Skip(1), r =>
        {
            Assert.StartsWith("doc-common-", r.DocumentId, StringComparison.Ordinal);
            Assert.Equal([Common.Id], r.SharedEntityIds);
            Assert.Equal(Math.Log(1 + documents / 9), r.Score, 9);
        });
        Assert.DoesNotContain(related, r => r.DocumentId is "doc-0" or "doc-none");
        Assert.Equal(["doc-rare", "doc-common-0", "doc-common-1"], (await store.GetRelatedDocumentsAsync("doc-0", 3)).Select(r => r.DocumentId));
    }

    [Fact]
    public async Task Shared_entities_add_up_and_are_listed_rarest_first()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-0", "United Nations and Tuvalu.").Mention(Common, "United Nations").Mention(Rare, "Tuvalu").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-both", "Tuvalu at the United Nations.").Mention(Common, "United Nations").Mention(Rare, "Tuvalu").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-rare", "Tuvalu.").Mention(Rare, "Tuvalu").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-common", "United Nations.").Mention(Common, "United Nations").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-common-2", "United Nations again.").Mention(Common, "United Nations").Build());

        var related = await store.GetRelatedDocumentsAsync("doc-0", 10);

        Assert.Equal(["doc-both", "doc-rare", "doc-common", "doc-common-2"], related.Select(r => r.DocumentId));
        Assert.Equal([Rare.Id, Common.Id], related[0].SharedEntityIds);
        Assert.Equal(related[1].Score + related[2].Score, related[0].Score, 9);
        Assert.Empty(await store.GetRelatedDocumentsAsync("doc-missing", 10));
    }

    [Fact]
    public async Task Related_entities_rank_by_normalized_pmi_then_co_occurrence()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;
        var a = Entity("e-a", "PER", "Anna");
        var b = Entity("e-b", "PER", "Boris");
        var c = Entity("e-c", "LOC", "Cairo");
        var d = Entity("e-d", "LOC", "Dakar");
        await store.UpsertDocumentAsync(new DocumentBuilder("d1", "Anna and Boris.").Mention(a, "Anna").Mention(b, "Boris").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("d2", "Anna with Boris.").Mention(a, "Anna").Mention(b, "Boris").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("d3", "Anna in Cairo.").Mention(a, "Anna").Mention(c, "Cairo").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("d4", "Cairo news.").Mention(c, "Cairo").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("d5", "Cairo again.").Mention(c, "Cairo").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("d6", "Cairo to Dakar.").Mention(c, "Cairo").Mention(d, "Dakar").Build());

        var related = await store.GetRelatedEntitiesAsync(a.Id, 10);

        Assert.Equal([(b.Id, 2), (c.Id, 1)], related.Select(r => (r.EntityId, r.CoOccurrenceCount)));
        Assert.Equal(Npmi(together: 2, dfA: 3, dfB: 2, documents: 6), related[0].Score, 9);
        Assert.Equal(Npmi(together: 1, dfA: 3, dfB: 4, documents: 6), related[1].Score, 9);
        Assert.True(related[1].Score < 0);
        Assert.Equal([c.Id], (await store.GetRelatedEntitiesAsync(d.Id, 10)).Select(r => r.EntityId));
        Assert.Single(await store.GetRelatedEntitiesAsync(a.Id, 1));
    }

    private static double Npmi(int together, int dfA, int dfB, int documents)
    {
        var joint = (double)together / documents;
        var pointwise = Math.Log(joint / ((double)dfA / documents * ((double)dfB / documents)));
        return pointwise / -Math.Log(joint);
    }
}
