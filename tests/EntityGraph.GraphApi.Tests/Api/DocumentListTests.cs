using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(SampleGraphCollection.Name)]
public sealed class DocumentListTests(SampleGraphFixture fixture)
{
    private const string ListQuery = """
        query List($entityId: ID, $tag: String, $language: String) {
          documents(entityId: $entityId, tag: $tag, language: $language) { totalCount nodes { id } }
        }
        """;

    [Fact]
    public async Task By_tag()
    {
        var data = await fixture.Client.QueryAsync(ListQuery, new { tag = "industry" });

        JsonAssert.Equivalent("""{ "documents": { "totalCount": 2, "nodes": [ { "id": "doc-en-1" }, { "id": "doc-de-1" } ] } }""", data);
    }

    [Fact]
    public async Task By_entity()
    {
        var data = await fixture.Client.QueryAsync(ListQuery, new { entityId = "loc-berlin" });

        JsonAssert.Equivalent("""
            { "documents": { "totalCount": 3, "nodes": [ { "id": "doc-fr-1" }, { "id": "doc-en-2" }, { "id": "doc-ru-1" } ] } }
            """, data);
    }

    [Fact]
    public async Task By_language()
    {
        var data = await fixture.Client.QueryAsync(ListQuery, new { language = "en" });

        JsonAssert.Equivalent("""{ "documents": { "totalCount": 2, "nodes": [ { "id": "doc-en-2" }, { "id": "doc-en-1" } ] } }""", data);
    }

    [Fact]
    public async Task Filters_combine()
    {
        var data = await fixture.Client.QueryAsync(ListQuery, new { entityId = "loc-germany", tag = "politics" });

        JsonAssert.Equivalent("""{ "documents": { "totalCount": 2, "nodes": [ { "id": "doc-en-2" }, { "id": "doc-ru-1" } ] } }""", data);
    }

    [Fact]
    public async Task Filters_matching_nothing_give_an_empty_connection_not_an_error()
    {
        var byTag = await fixture.Client.QueryAsync(ListQuery, new { tag = "no-such-tag" });
        var byEntity = await fixture.Client.QueryAsync(ListQuery, new { entityId = "no-such-entity" });

        JsonAssert.Equivalent("""{ "documents": { "totalCount": 0, "nodes": [] } }""", byTag);
        JsonAssert.Equivalent("""{ "documents": { "totalCount": 0, "nodes": [] } }""", byEntity);
    }
}
