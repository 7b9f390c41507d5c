using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>What the store keeps for linking: candidates, extra keys, saliences, link decisions, and the upgrade from schema 1.</summary>
/// <summary>The contract every backend must meet; each backend runs it through a class deriving from this one.</summary>
public abstract class LinkingStoreConformance
{
    protected abstract StoreBackend Backend { get; }

    private static readonly EntityWrite Keller = Entity("per-keller", "PER", "Maria Keller");
    private static readonly EntityWrite Nordwind = Entity("org-nordwind", "ORG", "Nordwind Energy");
    private static readonly EntityWrite Hamburg = Entity("loc-hamburg", "LOC", "Hamburg");
    private static readonly EntityWrite Apple = Entity("org-apple", "ORG", "Apple");

    [Fact]
    public async Task Candidates_come_from_whole_word_names_and_similar_keys_with_shared_context()
    {
        using var temp = await SeededAsync();

        var bySurname = await temp.Store.FindLinkCandidatesAsync(new LinkCandidateQuery("PER", "keller", [Hamburg.Id], 10));
        var byTypo = await temp.Store.FindLinkCandidatesAsync(new LinkCandidateQuery("ORG", "nordwind energie", [Keller.Id, Hamburg.Id], 10));
        var byOtherType = await temp.Store.FindLinkCandidatesAsync(new LinkCandidateQuery("MISC", "apple", [], 10));

        var keller = Assert.Single(bySurname);
        Assert.Equal((Keller.Id, "Maria Keller"), (keller.Entity.Id, keller.MatchedNames.Single()));
        Assert.Equal([Hamburg.Id], keller.SharedContextEntityIds);
        var nordwind = Assert.Single(byTypo);
        Assert.Equal(["nordwind energy"], nordwind.SimilarKeys);
        Assert.Equal([Hamburg.Id, Keller.Id], nordwind.SharedContextEntityIds);
        Assert.Equal("ORG", Assert.Single(byOtherType).Entity.Type);
        Assert.Empty(await temp.Store.FindLinkCandidatesAsync(new LinkCandidateQuery("PER", "zzyzx", [], 10)));
    }

    [Fact]
    public async Task A_name_key_is_found_under_any_type_but_the_excluded_ones_most_mentioned_first()
    {
        using var temp = await Backend.CreateAsync();
        var atlasOrg = Entity("org-atlas", "ORG", "Atlas");
        var atlasLoc = Entity("loc-atlas", "LOC", "Atlas");
        var atlasMoney = Entity("money-atlas", "MONEY", "Atlas");
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Atlas and Atlas.").Mention(atlasOrg, "Atlas").Mention(atlasOrg, "Atlas", 1).Build());
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-2", "Atlas again.").Mention(atlasLoc, "Atlas").Build());
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-3", "Atlas paid.").Mention(atlasMoney, "Atlas").Build());

        Assert.Equal(atlasOrg.Id, await temp.Store.FindEntityByNameKeyAsync("atlas", ["MONEY"]));
        Assert.Equal(atlasLoc.Id, await temp.Store.FindEntityByNameKeyAsync("atlas", ["MONEY", "ORG"]));
        Assert.Null(await temp.Store.FindEntityByNameKeyAsync("atlas", ["MONEY", "ORG", "LOC"]));
        Assert.Equal(atlasOrg.Id, await temp.Store.FindEntityByNameKeyAsync("atlas", []));
        Assert.Null(await temp.Store.FindEntityByNameKeyAsync("zzyzx", ["MONEY"]));
    }

    [Fact]
    public async Task An_entity_takes_the_confidence_weighted_majority_type_of_its_mentions()
    {
        using var temp = await Backend.CreateAsync();
        var asOrg = Entity("e-atlas", "ORG", "Atlas Logistics");
        var asLoc = asOrg with { Type = "LOC" };
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Atlas Logistics grew.").Routed(asOrg, "Atlas Logistics", MentionStatus.Accepted, 0.96).Build());
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-2", "In Atlas Logistics.").Routed(asLoc, "Atlas Logistics", MentionStatus.Accepted, 0.6).Build());
        Assert.Equal("ORG", (await temp.Store.GetEntitiesAsync([asOrg.Id]))[asOrg.Id].Type);

        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-3", "Atlas Logistics, Atlas Logistics.").Routed(asLoc, "Atlas Logistics", MentionStatus.InReview, 0.5).Routed(asLoc, "Atlas Logistics", MentionStatus.InReview, 0.5, 1).Build());

        var entity = (await temp.Store.GetEntitiesAsync([asOrg.Id]))[asOrg.Id];
        Assert.Equal(("LOC", 4), (entity.Type, entity.MentionCount));
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task Extra_keys_saliences_and_decisions_are_written_with_the_document_and_replaced_on_update()
    {
        using var temp = await Backend.CreateAsync();
        var write = new DocumentBuilder("doc-1", "Nordwind Energie in Hamburg.").Mention(Nordwind, "Nordwind Energie").Mention(Hamburg, "Hamburg").Build() with
        {
            Keys = [new EntityKeyWrite("ORG", "nordwind energie", Nordwind.Id)],
            Saliences = [new EntitySalienceWrite(Nordwind.Id, 0.9), new EntitySalienceWrite(Hamburg.Id, 0.4)],
            LinkDecisions = [new LinkDecisionWrite(Nordwind.Id, "Nordwind Energie", "fuzzy", 0.97, "close to nordwind energy", null, [Hamburg.Id])],
        };

        await temp.Store.UpsertDocumentAsync(write);

        Assert.Equal(Nordwind.Id, await temp.Store.FindEntityByKeyAsync("ORG", "nordwind energie"));
        var decision = Assert.Single((await temp.Store.GetLinkDecisionsAsync(new LinkDecisionQuery(Nordwind.Id, null, 10, 0))).Items);
        Assert.Equal(("doc-1", "fuzzy", 0.97), (decision.DocumentId, decision.Kind, decision.Score));
        Assert.Equal([Hamburg.Id], decision.SharedEntityIds);

        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Only Hamburg now.").Mention(Hamburg, "Hamburg").Build());

        Assert.Empty((await temp.Store.GetLinkDecisionsAsync(new LinkDecisionQuery(null, null, 10, 0))).Items);
        CountAudit.AssertExact(temp);
    }

    [Theory]
    [InlineData("salience-range")]
    [InlineData("salience-unmentioned")]
    [InlineData("key-unknown-entity")]
    [InlineData("decision-score")]
    public async Task Bad_linking_rows_reject_the_whole_write(string problem)
    {
        using var temp = await Backend.CreateAsync();
        var write = new DocumentBuilder("doc-1", "Hamburg.").Mention(Hamburg, "Hamburg").Build();
        write = problem switch
        {
            "salience-range" => write with { Saliences = [new EntitySalienceWrite(Hamburg.Id, 1.5)] },
            "salience-unmentioned" => write with { Saliences = [new EntitySalienceWrite("loc-else", 0.5)] },
            "key-unknown-entity" => write with { Keys = [new EntityKeyWrite("LOC", "x", "loc-else")] },
            _ => write with { LinkDecisions = [new LinkDecisionWrite(Hamburg.Id, "Hamburg", "exact", 2, "r")] },
        };
        var before = StoreSnapshot.Take(temp);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.UpsertDocumentAsync(write));

        Assert.Equal(ErrorCodes.InvalidEntity, error.Code);
        Assert.Equal(before, StoreSnapshot.Take(temp));
    }

    [Fact]
    public async Task Related_documents_weight_shared_entities_by_salience_in_both_documents()
    {
        using var temp = await Backend.CreateAsync();
        var a = Entity("e-a", "ORG", "Alpha");
        var b = Entity("e-b", "ORG", "Beta");
        await temp.Store.UpsertDocumentAsync(Salient(new DocumentBuilder("doc-0", "Alpha and Beta.").Mention(a, "Alpha").Mention(b, "Beta"), (a, 1.0), (b, 1.0)));
        await temp.Store.UpsertDocumentAsync(Salient(new DocumentBuilder("doc-central", "Alpha.").Mention(a, "Alpha"), (a, 0.9)));
        await temp.Store.UpsertDocumentAsync(Salient(new DocumentBuilder("doc-aside", "Beta.").Mention(b, "Beta"), (b, 0.2)));

        var related = await temp.Store.GetRelatedDocumentsAsync("doc-0", 10);

        Assert.Equal(["doc-central", "doc-aside"], related.Select(r => r.DocumentId));
        Assert.Equal(Math.Log(1 + (3.0 / 2)) * 0.9, related[0].Score, 9);
        Assert.Equal(Math.Log(1 + (3.0 / 2)) * 0.2, related[1].Score, 9);
    }

    [Fact]
    public async Task Related_entities_carry_the_documents_they_share()
    {
        using var temp = await SeededAsync();

        var related = await temp.Store.GetRelatedEntitiesAsync(Keller.Id, 10);

        Assert.Equal(["doc-1"], related.Single(r => r.EntityId == Nordwind.Id).SharedDocumentIds);
    }

    private static DocumentWrite Salient(DocumentBuilder builder, params (EntityWrite Entity, double Salience)[] saliences) =>
        builder.Build() with { Saliences = saliences.Select(s => new EntitySalienceWrite(s.Entity.Id, s.Salience)).ToList() };

    private async Task<TempStore> SeededAsync()
    {
        var temp = await Backend.CreateAsync();
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Maria Keller of Nordwind Energy spoke in Hamburg.")
            .Mention(Keller, "Maria Keller").Mention(Nordwind, "Nordwind Energy").Mention(Hamburg, "Hamburg").Build());
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-2", "Apple opened a store.").Mention(Apple, "Apple").Build());
        return temp;
    }
}
