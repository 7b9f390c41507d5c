using EntityGraph.Storage.Tests.Support;
using EntityGraph.Text;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>The contract every backend must meet; each backend runs it through a class deriving from this one.</summary>
public abstract class AliasImportConformance
{
    protected abstract StoreBackend Backend { get; }

    private static AliasImportRow Row(string id, string type, string name, string language = "en") => new(id, type, name, language, NameFolding.Fold(name));

    [Fact]
    public async Task Import_creates_entities_links_their_keys_and_makes_them_searchable()
    {
        using var temp = await Backend.CreateAsync();

        var result = await temp.Store.ImportAliasesAsync(
        [
            Row("kb:munich", "LOC", "Munich"),
            Row("kb:munich", "LOC", "München", "de"),
            Row("kb:munich", "LOC", "Мюнхен", "ru"),
            Row("kb:acme", "ORG", "Acme Widgets"),
        ]);

        Assert.Equal((4, 2, 4, 4, 0), (result.Rows, result.EntitiesCreated, result.AliasesAdded, result.KeysLinked, result.MergedEntityIds.Count));
        var munich = (await temp.Store.GetEntitiesAsync(["kb:munich"]))["kb:munich"];
        Assert.Equal(("LOC", "Munich", 0), (munich.Type, munich.CanonicalName, munich.MentionCount));
        Assert.Equal("kb:munich", await temp.Store.FindEntityByKeyAsync("LOC", NameFolding.Fold("Мюнхен")));
        Assert.Equal("kb:munich", (await temp.Store.SearchEntitiesAsync(new EntityQuery("muenchen", null, null, 5, 0))).Items.Single().Id);
        Assert.Equal(2, (await temp.Store.GetLinkDecisionsAsync(new LinkDecisionQuery(null, CurationKinds.Import, 10, 0))).TotalCount);
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task An_automatic_entity_holding_an_imported_name_is_merged_into_the_imported_entity()
    {
        using var temp = await Backend.CreateAsync();
        var auto = Entity("e_auto", "ORG", "Acme Widgets");
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Acme Widgets sold widgets in Berlin.").Mention(auto, "Acme Widgets").Mention(Entity("e_berlin", "LOC", "Berlin"), "Berlin").Build());

        var result = await temp.Store.ImportAliasesAsync([Row("kb:acme", "ORG", "Acme Widgets"), Row("kb:acme", "ORG", "ACME", "en")]);

        CountAudit.AssertExact(temp);
        Assert.Equal(["e_auto"], result.MergedEntityIds);
        var acme = (await temp.Store.GetEntitiesAsync(["kb:acme", "e_auto"])).Values.Single();
        Assert.Equal(("kb:acme", 1, 1), (acme.Id, acme.MentionCount, acme.DocumentCount));
        Assert.Equal("kb:acme", (await temp.Store.GetMentionsByDocumentAsync(["doc-1"]))["doc-1"].First().EntityId);
        Assert.Contains(result.AffectedKeys, k => k.NormalizedKey == "acme widgets" && k.EntityId == "kb:acme");
    }

    [Theory]
    [InlineData("conflict")]
    [InlineData("type-mismatch")]
    [InlineData("blank-name")]
    [InlineData("stored-type")]
    public async Task A_bad_import_fails_whole_and_changes_nothing(string problem)
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.ImportAliasesAsync([Row("kb:one", "PER", "John Smith")]);
        var before = StoreSnapshot.Take(temp);
        IReadOnlyList<AliasImportRow> rows = problem switch
        {
            "conflict" => [Row("kb:new", "PER", "Jane Doe"), Row("kb:two", "PER", "John Smith")],
            "type-mismatch" => [Row("kb:x", "PER", "X One"), Row("kb:x", "ORG", "X Two")],
            "blank-name" => [Row("kb:y", "PER", "Y"), new AliasImportRow("kb:y", "PER", " ", "en", "y")],
            _ => [Row("kb:one", "ORG", "Smith Inc")],
        };

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.ImportAliasesAsync(rows));

        Assert.Equal(problem == "conflict" ? ErrorCodes.KeyConflict : ErrorCodes.InvalidCuration, error.Code);
        Assert.Equal(before, StoreSnapshot.Take(temp));
    }
}
