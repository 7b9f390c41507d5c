using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(SampleGraphCollection.Name)]
public sealed class EntityQueryTests(SampleGraphFixture fixture)
{
    [Fact]
    public async Task Entity_by_id_returns_its_fields_and_aliases_in_every_language_most_frequent_first()
    {
        var data = await fixture.Client.QueryAsync("""
            { entity(id: "loc-munich") { id type canonicalName normalizedKey mentionCount documentCount aliases { name language count } } }
            """);

        JsonAssert.Equivalent("""
            { "entity": {
                "id": "loc-munich", "type": "LOC", "canonicalName": "Munich", "normalizedKey": "munich",
                "mentionCount": 4, "documentCount": 3,
                "aliases": [
                  { "name": "München", "language": "de", "count": 2 },
                  { "name": "Munich", "language": "en", "count": 1 },
                  { "name": "Мюнхен", "language": "ru", "count": 1 } ] } }
            """, data);
    }

    [Fact]
    public async Task Aliases_can_be_limited_to_one_language()
    {
        var data = await fixture.Client.QueryAsync("""{ entity(id: "loc-munich") { aliases(language: "ru") { name count } } }""");

        JsonAssert.Equivalent("""{ "entity": { "aliases": [ { "name": "Мюнхен", "count": 1 } ] } }""", data);
    }

    [Fact]
    public async Task Entity_documents_is_a_connection_of_the_documents_mentioning_it_newest_first()
    {
        var data = await fixture.Client.QueryAsync("""
            { entity(id: "loc-munich") { documents(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } } }
            """);

        JsonAssert.Equivalent("""
            { "entity": { "documents": {
                "totalCount": 3,
                "edges": [ { "node": { "id": "doc-ru-1" } }, { "node": { "id": "doc-en-1" } } ],
                "pageInfo": { "hasNextPage": true, "hasPreviousPage": false } } } }
            """, data);
    }

    [Fact]
    public async Task Several_entities_in_one_request_each_resolve()
    {
        var data = await fixture.Client.QueryAsync("""
            { a: entity(id: "org-bmw") { canonicalName mentionCount } b: entity(id: "per-merkel") { canonicalName documentCount } }
            """);

        JsonAssert.Equivalent("""
            { "a": { "canonicalName": "BMW", "mentionCount": 3 }, "b": { "canonicalName": "Angela Merkel", "documentCount": 3 } }
            """, data);
    }

    [Fact]
    public async Task Statistics_count_the_seeded_graph()
    {
        var data = await fixture.Client.QueryAsync("{ statistics { entities documents mentions } }");

        JsonAssert.Equivalent("""{ "statistics": { "entities": 8, "documents": 6, "mentions": 21 } }""", data);
    }
}
