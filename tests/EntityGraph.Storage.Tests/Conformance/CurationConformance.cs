using EntityGraph.Storage.Tests.Support;
using EntityGraph.Text;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>
/// Merge, split, rename and alias curation: each one transaction, every count recomputable from the mention rows afterwards.
/// The contract every backend must meet; each backend runs it through a class deriving from this one.
/// </summary>
public abstract class CurationConformance
{
    protected abstract StoreBackend Backend { get; }

    private static readonly EntityWrite AppleInc = Entity("org-apple-inc", "ORG", "Apple Inc.");
    private static readonly EntityWrite AppleShort = Entity("org-apple", "ORG", "APPLE");
    private static readonly EntityWrite Cupertino = Entity("loc-cupertino", "LOC", "Cupertino");
    private static readonly EntityWrite Cook = Entity("per-cook", "PER", "Tim Cook");
    private static readonly EntityWrite Berlin = Entity("loc-berlin", "LOC", "Berlin");

    [Fact]
    public async Task Merge_moves_mentions_and_keeps_counts_aliases_and_co_occurrence_exact()
    {
        using var temp = await SeededAsync();

        var result = await temp.Store.MergeEntitiesAsync(new EntityMerge(AppleInc.Id, [AppleShort.Id], "same company"));

        CountAudit.AssertExact(temp);
        Assert.Equal(AppleInc.Id, result.Entity.Id);
        Assert.Equal([AppleShort.Id], result.RemovedEntityIds);
        Assert.Equal((4, 3), (result.Entity.MentionCount, result.Entity.DocumentCount));
        Assert.Empty(await temp.Store.GetEntitiesAsync([AppleShort.Id]));
        var aliases = (await temp.Store.GetAliasesAsync([AppleInc.Id]))[AppleInc.Id];
        Assert.Contains(aliases, a => a is { Name: "APPLE", Count: 2, Manual: false });
        Assert.Contains(aliases, a => a is { Name: "Apple Inc.", Count: 2 });
        var related = await temp.Store.GetRelatedEntitiesAsync(AppleInc.Id, 10);
        Assert.Equal(2, related.Single(r => r.EntityId == Cupertino.Id).CoOccurrenceCount);
        Assert.Equal(AppleInc.Id, await temp.Store.FindEntityByKeyAsync("ORG", AppleShort.NormalizedKey));
        Assert.Contains(result.AffectedKeys, k => k.NormalizedKey == AppleShort.NormalizedKey && k.EntityId == AppleInc.Id);
        var decision = Assert.Single((await temp.Store.GetLinkDecisionsAsync(new LinkDecisionQuery(AppleInc.Id, CurationKinds.Merge, 10, 0))).Items);
        Assert.Equal((AppleShort.Id, "same company"), (decision.CandidateEntityId, decision.Reason));
    }

    [Fact]
    public async Task Merging_entities_mentioned_on_the_same_span_keeps_one_mention()
    {
        using var temp = await Backend.CreateAsync();
        var write = new DocumentBuilder("doc-1", "APPLE opened in Cupertino.").Mention(AppleInc, "APPLE").Mention(AppleShort, "APPLE").Mention(Cupertino, "Cupertino").Build();
        await temp.Store.UpsertDocumentAsync(write);

        var result = await temp.Store.MergeEntitiesAsync(new EntityMerge(AppleInc.Id, [AppleShort.Id]));

        CountAudit.AssertExact(temp);
        Assert.Equal((1, 1), (result.Entity.MentionCount, result.Entity.DocumentCount));
        Assert.Equal(2, (await temp.Store.GetMentionsByDocumentAsync(["doc-1"]))["doc-1"].Count);
    }

    [Fact]
    public async Task A_later_write_naming_a_merged_entity_links_to_the_target()
    {
        using var temp = await SeededAsync();
        await temp.Store.MergeEntitiesAsync(new EntityMerge(AppleInc.Id, [AppleShort.Id]));

        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-late", "APPLE again.").Mention(AppleShort, "APPLE").Build());

        CountAudit.AssertExact(temp);
        Assert.Empty(await temp.Store.GetEntitiesAsync([AppleShort.Id]));
        Assert.Equal(AppleInc.Id, (await temp.Store.GetMentionsByDocumentAsync(["doc-late"]))["doc-late"].Single().EntityId);
        Assert.Equal(5, (await temp.Store.GetEntitiesAsync([AppleInc.Id]))[AppleInc.Id].MentionCount);
    }

    [Fact]
    public async Task Updating_a_document_after_a_merge_keeps_counts_exact()
    {
        using var temp = await SeededAsync();
        await temp.Store.MergeEntitiesAsync(new EntityMerge(AppleInc.Id, [AppleShort.Id]));

        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-2", "Cupertino only now.").Mention(Cupertino, "Cupertino").Build());

        CountAudit.AssertExact(temp);
        Assert.Equal(3, (await temp.Store.GetEntitiesAsync([AppleInc.Id]))[AppleInc.Id].MentionCount);
    }

    [Fact]
    public async Task Split_moves_the_given_mentions_to_a_new_entity_and_keeps_counts_exact()
    {
        using var temp = await SeededAsync();
        var mentions = await temp.Store.GetMentionsByDocumentAsync(["doc-3"]);
        var moved = mentions["doc-3"].Where(m => m.EntityId == AppleInc.Id).Select(m => m.Id).ToList();

        var result = await temp.Store.SplitEntityAsync(new EntitySplit(AppleInc.Id, moved, "org-apple-records", "Apple Records", "apple records", "the label, not the company"));

        CountAudit.AssertExact(temp);
        Assert.Equal(("org-apple-records", "Apple Records", "ORG", 1, 1), (result.Entity.Id, result.Entity.CanonicalName, result.Entity.Type, result.Entity.MentionCount, result.Entity.DocumentCount));
        Assert.Equal((1, 1), (result.Other!.MentionCount, result.Other.DocumentCount));
        Assert.Equal("org-apple-records", await temp.Store.FindEntityByKeyAsync("ORG", "apple records"));
        Assert.All((await temp.Store.GetMentionsByDocumentAsync(["doc-3"]))["doc-3"].Where(m => m.Text == "Apple Inc."), m => Assert.Equal("org-apple-records", m.EntityId));
        Assert.Equal("org-apple-records", (await temp.Store.SearchEntitiesAsync(new EntityQuery("apple records", null, null, 5, 0))).Items.Single().Id);
        var decision = Assert.Single((await temp.Store.GetLinkDecisionsAsync(new LinkDecisionQuery("org-apple-records", CurationKinds.Split, 5, 0))).Items);
        Assert.Equal(AppleInc.Id, decision.CandidateEntityId);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("all")]
    [InlineData("foreign")]
    [InlineData("missing")]
    [InlineData("taken-id")]
    public async Task A_bad_split_is_refused_and_changes_nothing(string problem)
    {
        using var temp = await SeededAsync();
        var all = (await temp.Store.GetMentionsByDocumentAsync(["doc-1", "doc-2", "doc-3"])).Values.SelectMany(list => list).ToList();
        var own = all.Where(m => m.EntityId == AppleInc.Id).Select(m => m.Id).ToList();
        var (ids, newId) = problem switch
        {
            "none" => (new List<long>(), "org-x"),
            "all" => (own, "org-x"),
            "foreign" => ([all.First(m => m.EntityId == Cupertino.Id).Id], "org-x"),
            "missing" => ([987_654L], "org-x"),
            _ => ([own[0]], Cupertino.Id),
        };
        var before = StoreSnapshot.Take(temp);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.SplitEntityAsync(new EntitySplit(AppleInc.Id, ids, newId, "X", "x")));

        Assert.True(error.IsInvalidInput);
        Assert.Equal(problem == "missing" ? ErrorCodes.NotFound : ErrorCodes.InvalidCuration, error.Code);
        Assert.Equal(before, StoreSnapshot.Take(temp));
    }

    [Fact]
    public async Task Rename_changes_the_name_keeps_the_old_one_searchable_and_links_the_new_key()
    {
        using var temp = await SeededAsync();

        var result = await temp.Store.RenameEntityAsync(new EntityRename(Cook.Id, "Timothy D. Cook", "timothy d cook"));

        CountAudit.AssertExact(temp);
        Assert.Equal("Timothy D. Cook", result.Entity.CanonicalName);
        Assert.Equal(Cook.Id, await temp.Store.FindEntityByKeyAsync("PER", "timothy d cook"));
        Assert.Equal(Cook.Id, await temp.Store.FindEntityByKeyAsync("PER", Cook.NormalizedKey));
        Assert.Equal(Cook.Id, (await temp.Store.SearchEntitiesAsync(new EntityQuery("timothy", null, null, 5, 0))).Items.Single().Id);
        Assert.Equal(Cook.Id, (await temp.Store.SearchEntitiesAsync(new EntityQuery("Tim Cook", null, null, 5, 0))).Items.Single().Id);
    }

    [Fact]
    public async Task Added_aliases_are_searchable_in_any_language_and_link_their_key()
    {
        using var temp = await SeededAsync();
        foreach (var (name, language) in new[] { ("München", "de"), ("Munich", "en"), ("Мюнхен", "ru") })
        {
            await temp.Store.AddAliasAsync(new AliasAddition(Berlin.Id, name, language, NameFolding.Fold(name)));
        }

        CountAudit.AssertExact(temp);
        foreach (var search in new[] { "muenchen", "München", "Munich", "Мюнхен", "MUNCHEN" })
        {
            Assert.Equal(Berlin.Id, (await temp.Store.SearchEntitiesAsync(new EntityQuery(search, null, null, 5, 0))).Items.Single().Id);
        }

        Assert.Equal(Berlin.Id, (await temp.Store.SearchEntitiesAsync(new EntityQuery("Мюнхен", null, "ru", 5, 0))).Items.Single().Id);
        Assert.Empty((await temp.Store.SearchEntitiesAsync(new EntityQuery("Мюнхен", null, "de", 5, 0))).Items);
        Assert.Equal(Berlin.Id, await temp.Store.FindEntityByKeyAsync("LOC", NameFolding.Fold("Мюнхен")));
        var aliases = (await temp.Store.GetAliasesAsync([Berlin.Id]))[Berlin.Id];
        Assert.Contains(aliases, a => a is { Name: "Мюнхен", Language: "ru", Count: 0, Manual: true });
        Assert.Contains(aliases, a => a is { Name: "Berlin", Manual: false });
    }

    [Fact]
    public async Task An_alias_whose_key_another_entity_holds_is_a_key_conflict()
    {
        using var temp = await SeededAsync();
        var before = StoreSnapshot.Take(temp);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.AddAliasAsync(new AliasAddition(AppleInc.Id, "APPLE", "en", AppleShort.NormalizedKey)));

        Assert.Equal(ErrorCodes.KeyConflict, error.Code);
        Assert.Contains(AppleShort.Id, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Take(temp));
    }

    [Theory]
    [InlineData("self")]
    [InlineData("unknown-target")]
    [InlineData("unknown-source")]
    [InlineData("empty")]
    [InlineData("twice")]
    public async Task A_bad_merge_is_refused_and_changes_nothing(string problem)
    {
        using var temp = await SeededAsync();
        var merge = problem switch
        {
            "self" => new EntityMerge(AppleInc.Id, [AppleInc.Id]),
            "unknown-target" => new EntityMerge("org-nope", [AppleShort.Id]),
            "unknown-source" => new EntityMerge(AppleInc.Id, ["org-nope"]),
            "empty" => new EntityMerge(AppleInc.Id, []),
            _ => new EntityMerge(AppleInc.Id, [AppleShort.Id, AppleShort.Id]),
        };
        var before = StoreSnapshot.Take(temp);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.MergeEntitiesAsync(merge));

        Assert.Equal(problem.StartsWith("unknown", StringComparison.Ordinal) ? ErrorCodes.NotFound : ErrorCodes.InvalidCuration, error.Code);
        Assert.Equal(before, StoreSnapshot.Take(temp));
    }

    [Fact]
    public async Task Curating_a_merged_entity_says_where_it_went()
    {
        using var temp = await SeededAsync();
        await temp.Store.MergeEntitiesAsync(new EntityMerge(AppleInc.Id, [AppleShort.Id]));

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.RenameEntityAsync(new EntityRename(AppleShort.Id, "Apple", "apple")));

        Assert.Equal(ErrorCodes.NotFound, error.Code);
        Assert.Contains(AppleInc.Id, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chained_merges_split_and_merge_back_stay_exact()
    {
        using var temp = await SeededAsync();
        await temp.Store.MergeEntitiesAsync(new EntityMerge(AppleInc.Id, [AppleShort.Id]));
        var doc1 = (await temp.Store.GetMentionsByDocumentAsync(["doc-1"]))["doc-1"];
        var split = await temp.Store.SplitEntityAsync(new EntitySplit(AppleInc.Id, doc1.Where(m => m.EntityId == AppleInc.Id).Select(m => m.Id).ToList(), "org-split", "Apple", "apple"));
        CountAudit.AssertExact(temp);

        await temp.Store.MergeEntitiesAsync(new EntityMerge(split.Entity.Id, [AppleInc.Id, Cook.Id]));

        CountAudit.AssertExact(temp);
        var merged = (await temp.Store.GetEntitiesAsync(["org-split"]))["org-split"];
        Assert.Equal((6, 3), (merged.MentionCount, merged.DocumentCount));
        Assert.Equal("org-split", await temp.Store.FindEntityByKeyAsync("ORG", AppleShort.NormalizedKey));
    }

    [Fact]
    public async Task Every_curation_and_document_write_records_its_actor()
    {
        using var temp = await SeededAsync();
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-4", "Berlin again.").Mention(Berlin, "Berlin").Build() with
        {
            LinkDecisions = [new LinkDecisionWrite(Berlin.Id, "Berlin", "exact", 1.0, "stored key")],
            Actor = "ingest-bot",
        });

        await temp.Store.MergeEntitiesAsync(new EntityMerge(AppleInc.Id, [AppleShort.Id], Actor: "alice"));
        var cookMention = (await temp.Store.GetMentionsByDocumentAsync(["doc-3"]))["doc-3"].Single(m => m.EntityId == Cook.Id).Id;
        await temp.Store.SplitEntityAsync(new EntitySplit(Cook.Id, [cookMention], "per-cook-2", "Tim Cook", "tim cook 2", Actor: "bob"));
        await temp.Store.RenameEntityAsync(new EntityRename(Berlin.Id, "Berlin (city)", "berlin city", Actor: "carol"));
        await temp.Store.AddAliasAsync(new AliasAddition(Berlin.Id, "Berlino", "it", "berlino", Actor: "dave"));
        await temp.Store.ImportAliasesAsync([new AliasImportRow("kb:acme", "ORG", "Acme", "en", "acme")], "erin");
        await temp.Store.RenameEntityAsync(new EntityRename(Cupertino.Id, "Cupertino, CA", "cupertino ca"));

        var actors = (await temp.Store.GetLinkDecisionsAsync(new LinkDecisionQuery(null, null, 20, 0))).Items
            .ToDictionary(d => $"{d.Kind}:{d.EntityId}", d => d.Actor);
        Assert.Equal("ingest-bot", actors[$"exact:{Berlin.Id}"]);
        Assert.Equal("alice", actors[$"{CurationKinds.Merge}:{AppleInc.Id}"]);
        Assert.Equal("bob", actors[$"{CurationKinds.Split}:per-cook-2"]);
        Assert.Equal("carol", actors[$"{CurationKinds.Rename}:{Berlin.Id}"]);
        Assert.Equal("dave", actors[$"{CurationKinds.Alias}:{Berlin.Id}"]);
        Assert.Equal("erin", actors[$"{CurationKinds.Import}:kb:acme"]);
        Assert.Null(actors[$"{CurationKinds.Rename}:{Cupertino.Id}"]);
    }

    private async Task<TempStore> SeededAsync()
    {
        var temp = await Backend.CreateAsync();
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "APPLE opened a store in Cupertino; APPLE said Tim Cook.")
            .MentionAll(AppleShort, "APPLE").Mention(Cupertino, "Cupertino").Mention(Cook, "Tim Cook").Build());
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-2", "Apple Inc. is based in Cupertino.")
            .Mention(AppleInc, "Apple Inc.").Mention(Cupertino, "Cupertino").Build());
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-3", "Apple Inc. and Tim Cook visited Berlin.")
            .Mention(AppleInc, "Apple Inc.").Mention(Cook, "Tim Cook").Mention(Berlin, "Berlin").Build());
        CountAudit.AssertExact(temp);
        return temp;
    }
}
