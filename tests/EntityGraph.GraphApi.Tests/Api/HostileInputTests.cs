using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>
/// Names that would break SQL built by string concatenation travel through ingest, tags, search, curation and the
/// mention stream as plain data (every statement is parameterized), and the tables are all still there.
/// </summary>
[Collection(PipelineGraphCollection.Name)]
public sealed class HostileInputTests(PipelineGraphFixture fixture)
{
    private const string DropTable = "'); DROP TABLE entities;--";
    private const string OrTrue = "\" OR 1=1 --";

    [Fact]
    public async Task Sql_lookalike_ids_tags_names_and_searches_are_stored_and_found_as_plain_text()
    {
        var text = $"ACME hired Anna. {OrTrue} {DropTable}";
        var ingested = await fixture.Client.QueryAsync(
            """mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId entities { entityId text } } }""",
            new { input = new { id = DropTable, text, language = "en", title = OrTrue, tags = new[] { DropTable } } });
        var acme = ingested.GetProperty("ingestDocument").GetProperty("entities").EnumerateArray().First(e => e.GetProperty("text").GetString() == "ACME").GetProperty("entityId").GetString();

        var document = await fixture.Client.QueryAsync("query D($id: ID!) { document(id: $id) { id title text tags { name } } }", new { id = DropTable });
        var byTag = await fixture.Client.QueryAsync("query T($tag: String!) { documents(tag: $tag) { totalCount } }", new { tag = DropTable });
        var search = await fixture.Client.QueryAsync("query S($q: String!) { entities(search: $q) { totalCount } }", new { q = "' OR '1'='1" });
        var renamed = await fixture.Client.QueryAsync(
            "mutation R($id: ID!, $name: String!) { renameEntity(entityId: $id, canonicalName: $name) { canonicalName } }",
            new { id = acme, name = DropTable });
        var statistics = await fixture.Client.QueryAsync("{ statistics { entities documents } }");

        Assert.Equal(DropTable, ingested.GetProperty("ingestDocument").GetProperty("documentId").GetString());
        var stored = document.GetProperty("document");
        Assert.Equal((DropTable, OrTrue, text), (stored.GetProperty("id").GetString(), stored.GetProperty("title").GetString(), stored.GetProperty("text").GetString()));
        Assert.Contains(stored.GetProperty("tags").EnumerateArray(), tag => tag.GetProperty("name").GetString() == DropTable);
        Assert.Equal(1, byTag.GetProperty("documents").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, search.GetProperty("entities").GetProperty("totalCount").GetInt32());
        Assert.Equal(DropTable, renamed.GetProperty("renameEntity").GetProperty("canonicalName").GetString());
        Assert.True(statistics.GetProperty("statistics").GetProperty("entities").GetInt64() >= 2);
        var mentions = new List<MentionRecordText>();
        await foreach (var mention in fixture.Store.StreamMentionsAsync())
        {
            mentions.Add(new MentionRecordText(mention.DocumentId, mention.Text));
        }

        Assert.Contains(mentions, mention => mention.DocumentId == DropTable && mention.Text == "ACME");
        Assert.True((await fixture.Store.CheckAsync()).Ok);
    }

    private sealed record MentionRecordText(string DocumentId, string Text);
}
