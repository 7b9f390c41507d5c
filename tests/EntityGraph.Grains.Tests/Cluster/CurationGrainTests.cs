using EntityGraph.Grains.Entities;
using EntityGraph.Grains.Tests.Fixtures;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Tests.Cluster;

/// <summary>Curation through the curation grain: the store changes in one transaction and entity grains drop stale links.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CurationGrainTests(ClusterFixture fixture)
{
    private IEntityCurationGrain Curation => fixture.Grains.GetGrain<IEntityCurationGrain>(0);

    private Task<IngestResult> IngestAsync(DocumentInput input) => fixture.Grains.GetGrain<IDocumentGrain>(input.Id).IngestAsync(input);

    private async Task<string> EntityOfFirstMentionAsync(string documentId) =>
        (await fixture.Store.GetMentionsByDocumentAsync([documentId]))[documentId][0].LinkedEntityId;

    [Fact]
    public async Task After_a_merge_new_mentions_of_the_merged_name_link_to_the_target()
    {
        await IngestAsync(Annotated.Document("cur-1a", "en", "Zorbex opened.", ("Zorbex", "ORG")));
        await IngestAsync(Annotated.Document("cur-1b", "en", "Zorbex Systems opened.", ("Zorbex Systems", "ORG")));
        var source = EntityIds.Create("ORG", "zorbex");
        var target = EntityIds.Create("ORG", "zorbex systems");
        Assert.Equal(source, await EntityOfFirstMentionAsync("cur-1a"));

        var outcome = await Curation.MergeAsync(target, [source], "same company");
        await IngestAsync(Annotated.Document("cur-1c", "en", "Zorbex grew.", ("Zorbex", "ORG")));

        Assert.Equal(target, outcome.EntityId);
        Assert.Equal([source], outcome.RemovedEntityIds);
        Assert.Equal(target, await EntityOfFirstMentionAsync("cur-1a"));
        Assert.Equal(target, await EntityOfFirstMentionAsync("cur-1c"));
        var merged = (await fixture.Store.GetEntitiesAsync([target]))[target];
        Assert.Equal((3, 3), (merged.MentionCount, merged.DocumentCount));
    }

    [Fact]
    public async Task A_merge_the_entity_grains_never_heard_of_is_still_safe()
    {
        await IngestAsync(Annotated.Document("cur-2a", "en", "Pellucid Ltd hired.", ("Pellucid Ltd", "ORG")));
        await IngestAsync(Annotated.Document("cur-2b", "en", "Pellucid Group hired.", ("Pellucid Group", "ORG")));
        var source = EntityIds.Create("ORG", "pellucid");
        var target = EntityIds.Create("ORG", "pellucid group");

        await fixture.Store.MergeEntitiesAsync(new EntityMerge(target, [source]));
        await IngestAsync(Annotated.Document("cur-2c", "en", "Pellucid again.", ("Pellucid", "ORG")));

        Assert.Equal(target, await EntityOfFirstMentionAsync("cur-2c"));
        Assert.Empty(await fixture.Store.GetEntitiesAsync([source]));
    }

    [Fact]
    public async Task An_added_alias_links_later_mentions_and_a_rename_keeps_the_entity()
    {
        await IngestAsync(Annotated.Document("cur-3a", "en", "Marisol Ventana spoke.", ("Marisol Ventana", "PER")));
        var person = EntityIds.Create("PER", "marisol ventana");

        await Curation.AddAliasAsync(person, "Marisol Ventana-Ruiz", "es");
        await Curation.RenameAsync(person, "Marisol Ventana Ruiz");
        await IngestAsync(Annotated.Document("cur-3b", "es", "La Sra. Marisol Ventana-Ruiz habló.", ("Sra. Marisol Ventana-Ruiz", "PER")));

        Assert.Equal(person, await EntityOfFirstMentionAsync("cur-3b"));
        Assert.Equal("Marisol Ventana Ruiz", (await fixture.Store.GetEntitiesAsync([person]))[person].CanonicalName);
    }

    [Fact]
    public async Task A_split_makes_a_new_entity_of_the_given_mentions_named_like_the_original()
    {
        await IngestAsync(Annotated.Document("cur-4a", "en", "Dario Fenwick scored.", ("Dario Fenwick", "PER")));
        await IngestAsync(Annotated.Document("cur-4b", "en", "Dario Fenwick painted.", ("Dario Fenwick", "PER")));
        var person = EntityIds.Create("PER", "dario fenwick");
        var painter = (await fixture.Store.GetMentionsByDocumentAsync(["cur-4b"]))["cur-4b"][0].Id;

        var outcome = await Curation.SplitAsync(person, [painter], reason: "a different Dario Fenwick");

        Assert.Equal(person, outcome.OtherEntityId);
        var created = (await fixture.Store.GetEntitiesAsync([outcome.EntityId]))[outcome.EntityId];
        Assert.Equal(("Dario Fenwick", 1), (created.CanonicalName, created.MentionCount));
        Assert.Equal(1, (await fixture.Store.GetEntitiesAsync([person]))[person].MentionCount);
        Assert.Equal(outcome.EntityId, await EntityOfFirstMentionAsync("cur-4b"));
    }

    [Fact]
    public async Task Curation_errors_carry_their_codes()
    {
        await IngestAsync(Annotated.Document("cur-5", "en", "Kestrel Mining and Kestrel Mines.", ("Kestrel Mining", "ORG"), ("Kestrel Mines", "ORG")));
        var mining = EntityIds.Create("ORG", "kestrel mining");

        var missing = await Assert.ThrowsAsync<EntityGraphException>(() => Curation.MergeAsync(mining, ["e_nothing_here"]));
        var conflict = await Assert.ThrowsAsync<EntityGraphException>(() => Curation.AddAliasAsync(mining, "Kestrel Mines"));
        var self = await Assert.ThrowsAsync<EntityGraphException>(() => Curation.MergeAsync(mining, [mining]));
        var unknown = await Assert.ThrowsAsync<EntityGraphException>(() => Curation.RenameAsync("e_nothing_here", "X"));

        Assert.Equal(ErrorCodes.NotFound, missing.Code);
        Assert.Equal(ErrorCodes.KeyConflict, conflict.Code);
        Assert.Equal(ErrorCodes.InvalidCuration, self.Code);
        Assert.Equal(ErrorCodes.NotFound, unknown.Code);
    }

    [Fact]
    public async Task An_imported_alias_table_links_names_in_any_script_to_the_knowledge_base_entity()
    {
        await IngestAsync(Annotated.Document("cur-6a", "en", "Thessaly Robotics expanded.", ("Thessaly Robotics", "ORG")));

        var summary = await Curation.ImportAliasesAsync(
        [
            new AliasInput("kb:thessaly", "ORG", "Thessaly Robotics", "en"),
            new AliasInput("kb:thessaly", "ORG", "Θεσσαλία Ρομποτική", "el"),
        ]);
        await IngestAsync(Annotated.Document("cur-6b", "el", "Η Θεσσαλία Ρομποτική αναπτύσσεται.", ("Θεσσαλία Ρομποτική", "ORG")));

        Assert.Equal(1, summary.EntitiesCreated);
        Assert.Equal([EntityIds.Create("ORG", "thessaly robotics")], summary.MergedEntityIds);
        Assert.Equal("kb:thessaly", await EntityOfFirstMentionAsync("cur-6a"));
        Assert.Equal("kb:thessaly", await EntityOfFirstMentionAsync("cur-6b"));
    }
}
