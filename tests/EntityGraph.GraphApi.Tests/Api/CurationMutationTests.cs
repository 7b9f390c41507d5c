using System.Text.Json;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>
/// Linking and curation over real HTTP through the real grains: documents are ingested with annotated mentions
/// (ingestDocument's mentions input, so no model decides), then curated with mergeEntities, splitEntity, renameEntity and
/// addAlias. After each, every stored count is recomputed from the mention rows and compared.
/// </summary>
[Collection(PipelineGraphCollection.Name)]
public sealed class CurationMutationTests(PipelineGraphFixture fixture)
{
    private const string Ingest = """
        mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome document { mentions { id text entity { id } } } } }
        """;

    private const string EntityFields = "id type canonicalName mentionCount documentCount aliases { name language count manual }";

    private const string Search = """
        query Search($search: String!) { entities(search: $search) { totalCount nodes { id canonicalName } } }
        """;

    [Fact]
    public async Task A_city_is_found_by_any_alias_in_any_language_ignoring_case_and_accents()
    {
        await IngestAsync("cur-city-de", "de", "München wächst.", ("München", "LOC"));
        await IngestAsync("cur-city-en", "en", "Munich grows.", ("Munich", "LOC"));
        await IngestAsync("cur-city-ru", "ru", "Мюнхен растёт.", ("Мюнхен", "LOC"));
        var id = await SingleEntityAsync("cur-city-en");

        foreach (var search in new[] { "muenchen", "München", "MUNCHEN", "Munich", "Мюнхен", "мюнхен" })
        {
            var data = await fixture.Client.QueryAsync(Search, new { search });
            JsonAssert.Equivalent($$"""{ "entities": { "totalCount": 1, "nodes": [ { "id": "{{id}}", "canonicalName": "Munich" } ] } }""", data);
        }

        var added = await fixture.Client.QueryAsync(
            $$"""mutation { addAlias(entityId: "{{id}}", name: "Minga", language: "bar") { aliases { name language count manual } } }""");
        Assert.Contains(added.GetProperty("addAlias").GetProperty("aliases").EnumerateArray(), a => a.GetProperty("name").GetString() == "Minga" && a.GetProperty("manual").GetBoolean());
        JsonAssert.Equivalent($$"""{ "entities": { "totalCount": 1, "nodes": [ { "id": "{{id}}" } ] } }""", await fixture.Client.QueryAsync("""query { entities(search: "minga") { totalCount nodes { id } } }"""));
        await AssertCountsExactAsync();
    }

    [Fact]
    public async Task Merge_joins_two_entities_with_exact_counts_and_a_visible_decision()
    {
        await IngestAsync("cur-m1", "en", "Orvane Labs hired Lisbet Krogh in Aarhus.", ("Orvane Labs", "ORG"), ("Lisbet Krogh", "PER"), ("Aarhus", "LOC"));
        await IngestAsync("cur-m2", "en", "OrvaneLab opened in Aarhus; OrvaneLab grows.", ("OrvaneLab", "ORG"), ("Aarhus", "LOC"), ("OrvaneLab", "ORG"));
        var target = await EntityOfAsync("cur-m1", "Orvane Labs");
        var source = await EntityOfAsync("cur-m2", "OrvaneLab");
        Assert.NotEqual(target, source);

        var data = await fixture.Client.QueryAsync(
            $$"""mutation { mergeEntities(targetId: "{{target}}", sourceIds: ["{{source}}"], reason: "one lab") { {{EntityFields}} linkDecisions(kind: "merge") { nodes { kind score reason candidateEntityId } } } }""");

        var merged = data.GetProperty("mergeEntities");
        Assert.Equal((3, 2), (merged.GetProperty("mentionCount").GetInt32(), merged.GetProperty("documentCount").GetInt32()));
        JsonAssert.Equivalent($$"""[ { "kind": "merge", "score": 1.0, "reason": "one lab", "candidateEntityId": "{{source}}" } ]""", merged.GetProperty("linkDecisions").GetProperty("nodes"));
        var missing = await fixture.Client.PostAsync($$"""{ entity(id: "{{source}}") { id } }""");
        Assert.Equal(["NOT_FOUND"], missing.ErrorCodes);
        Assert.Equal(target, await EntityOfAsync("cur-m2", "OrvaneLab"));
        await AssertCountsExactAsync();
    }

    [Fact]
    public async Task Split_moves_mentions_out_and_rename_renames_with_exact_counts()
    {
        var mentions = await IngestAsync("cur-s1", "en", "Halvard Moen sang. Halvard Moen also skied.", ("Halvard Moen", "PER"), ("Halvard Moen", "PER"));
        var original = mentions[0].Entity;

        var split = await fixture.Client.QueryAsync(
            $$"""mutation { splitEntity(entityId: "{{original}}", mentionIds: ["{{mentions[1].Id}}"], canonicalName: "Halvard Moen (skier)") { entity { {{EntityFields}} } original { {{EntityFields}} } } }""");
        var created = split.GetProperty("splitEntity").GetProperty("entity");
        Assert.Equal(("Halvard Moen (skier)", 1), (created.GetProperty("canonicalName").GetString(), created.GetProperty("mentionCount").GetInt32()));
        Assert.Equal(1, split.GetProperty("splitEntity").GetProperty("original").GetProperty("mentionCount").GetInt32());
        await AssertCountsExactAsync();

        var renamed = await fixture.Client.QueryAsync($$"""mutation { renameEntity(entityId: "{{original}}", canonicalName: "Halvard Moen (singer)") { canonicalName } }""");
        Assert.Equal("Halvard Moen (singer)", renamed.GetProperty("renameEntity").GetProperty("canonicalName").GetString());
        await AssertCountsExactAsync();
    }

    [Fact]
    public async Task Link_decisions_explain_a_cross_document_link_with_its_score_and_shared_entities()
    {
        await IngestAsync("cur-l1", "en", "Brannock Freight hired Tove Lindqvist in Malmö.", ("Brannock Freight", "ORG"), ("Tove Lindqvist", "PER"), ("Malmö", "LOC"));
        await IngestAsync("cur-l2", "sv", "Brannock Frakt AB och Tove Lindqvist i Malmö.", ("Brannock Frakt AB", "ORG"), ("Tove Lindqvist", "PER"), ("Malmö", "LOC"));
        await IngestAsync("cur-l3", "sv", "Lindqvist talade om Brannock Freight.", ("Lindqvist", "PER"), ("Brannock Freight", "ORG"));
        var person = await EntityOfAsync("cur-l1", "Tove Lindqvist");
        Assert.Equal(person, await EntityOfAsync("cur-l3", "Lindqvist"));

        var data = await fixture.Client.QueryAsync($$"""
            { entity(id: "{{person}}") { linkDecisions(kind: "partial") { totalCount nodes { kind score reason surface document { id } sharedEntities { canonicalName } } } } }
            """);

        var decision = data.GetProperty("entity").GetProperty("linkDecisions").GetProperty("nodes")[0];
        Assert.Equal(("partial", "Lindqvist", "cur-l3"), (decision.GetProperty("kind").GetString(), decision.GetProperty("surface").GetString(), decision.GetProperty("document").GetProperty("id").GetString()));
        Assert.InRange(decision.GetProperty("score").GetDouble(), 0.5, 1.0);
        JsonAssert.Equivalent("""[ { "canonicalName": "Brannock Freight" } ]""", decision.GetProperty("sharedEntities"));
        Assert.Contains("surname", decision.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""mutation { mergeEntities(targetId: "e_none", sourceIds: ["e_other"]) { id } }""", "NOT_FOUND")]
    [InlineData("""mutation { mergeEntities(targetId: "e_none", sourceIds: []) { id } }""", "INVALID_INPUT")]
    [InlineData("""mutation { splitEntity(entityId: "e_none", mentionIds: ["x1"]) { entity { id } } }""", "INVALID_INPUT")]
    [InlineData("""mutation { renameEntity(entityId: "e_none", canonicalName: "  ") { id } }""", "INVALID_INPUT")]
    [InlineData("""mutation { addAlias(entityId: "e_none", name: "X") { id } }""", "NOT_FOUND")]
    public async Task Bad_curation_requests_get_coded_errors(string mutation, string code)
    {
        var response = await fixture.Client.PostAsync(mutation);

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task An_alias_another_entity_holds_is_a_key_conflict()
    {
        await IngestAsync("cur-k1", "en", "Fennick Oil and Fennick Gas merged.", ("Fennick Oil", "ORG"), ("Fennick Gas", "ORG"));
        var oil = await EntityOfAsync("cur-k1", "Fennick Oil");

        var response = await fixture.Client.PostAsync($$"""mutation { addAlias(entityId: "{{oil}}", name: "Fennick Gas") { id } }""");

        Assert.Equal(["KEY_CONFLICT"], response.ErrorCodes);
    }

    private async Task<IReadOnlyList<(string Id, string Text, string Entity)>> IngestAsync(string id, string language, string text, params (string Surface, string Type)[] mentions)
    {
        var inputs = new List<object>();
        var at = 0;
        foreach (var (surface, type) in mentions)
        {
            var start = text.IndexOf(surface, at, StringComparison.Ordinal);
            inputs.Add(new { start, end = start + surface.Length, type });
            at = start + surface.Length;
        }

        var data = await fixture.Client.QueryAsync(Ingest, new { input = new { id, text, language, mentions = inputs } });
        return data.GetProperty("ingestDocument").GetProperty("document").GetProperty("mentions").EnumerateArray()
            .Select(m => (m.GetProperty("id").GetString()!, m.GetProperty("text").GetString()!, m.GetProperty("entity").GetProperty("id").GetString()!))
            .ToList();
    }

    private async Task<string> SingleEntityAsync(string documentId) =>
        Assert.Single((await fixture.Store.GetMentionsByDocumentAsync([documentId]))[documentId]).LinkedEntityId;

    private async Task<string> EntityOfAsync(string documentId, string text) =>
        (await fixture.Store.GetMentionsByDocumentAsync([documentId]))[documentId].First(m => m.Text == text).LinkedEntityId;

    private Task AssertCountsExactAsync() => StoredCounts.AssertExactAsync(fixture.Store);
}
