using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>Entity search over real HTTP; runs on SQLite (<see cref="EntitySearchTests"/>) and PostgreSQL (<see cref="PostgresEntitySearchTests"/>).</summary>
public abstract class EntitySearchTestsBase(GraphApiHost fixture)
{
    private const string SearchQuery = """
        query Search($search: String, $type: String, $language: String) {
          entities(search: $search, type: $type, language: $language) { totalCount edges { node { id } } }
        }
        """;

    [Theory]
    [InlineData("Munich")]
    [InlineData("munich")]
    [InlineData("München")]
    [InlineData("MÜNCHEN")]
    [InlineData("munchen")]
    [InlineData("muenchen")]
    [InlineData("Мюнхен")]
    [InlineData("мюнхен")]
    public async Task Any_alias_in_any_language_finds_the_city_ignoring_case_and_accents(string search)
    {
        var data = await fixture.Client.QueryAsync(SearchQuery, new { search });

        JsonAssert.Equivalent("""{ "entities": { "totalCount": 1, "edges": [ { "node": { "id": "loc-munich" } } ] } }""", data);
    }

    [Theory]
    [InlineData("merkel")]
    [InlineData("Меркель")]
    [InlineData("angela")]
    public async Task A_person_is_found_by_name_parts_in_latin_and_cyrillic(string search)
    {
        var data = await fixture.Client.QueryAsync(SearchQuery, new { search });

        JsonAssert.Equivalent("""{ "entities": { "totalCount": 1, "edges": [ { "node": { "id": "per-merkel" } } ] } }""", data);
    }

    [Fact]
    public async Task Japanese_names_are_found()
    {
        var data = await fixture.Client.QueryAsync(SearchQuery, new { search = "東京" });

        JsonAssert.Equivalent("""{ "entities": { "totalCount": 1, "edges": [ { "node": { "id": "loc-tokyo" } } ] } }""", data);
    }

    [Fact]
    public async Task Type_narrows_the_search()
    {
        var all = await fixture.Client.QueryAsync(SearchQuery, new { search = "b" });
        var organisations = await fixture.Client.QueryAsync(SearchQuery, new { search = "b", type = "ORG" });

        JsonAssert.Equivalent("""{ "entities": { "totalCount": 2, "edges": [ { "node": { "id": "loc-berlin" } }, { "node": { "id": "org-bmw" } } ] } }""", all);
        JsonAssert.Equivalent("""{ "entities": { "totalCount": 1, "edges": [ { "node": { "id": "org-bmw" } } ] } }""", organisations);
    }

    [Fact]
    public async Task Language_alone_lists_entities_with_an_alias_in_that_language_most_mentioned_first()
    {
        var data = await fixture.Client.QueryAsync(SearchQuery, new { language = "ru" });

        JsonAssert.Equivalent("""
            { "entities": { "totalCount": 4, "edges": [
                { "node": { "id": "loc-germany" } }, { "node": { "id": "loc-munich" } },
                { "node": { "id": "loc-berlin" } }, { "node": { "id": "per-merkel" } } ] } }
            """, data);
    }

    [Fact]
    public async Task No_match_gives_an_empty_connection()
    {
        var data = await fixture.Client.QueryAsync("""
            { entities(search: "zzzz") { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
            """);

        JsonAssert.Equivalent("""
            { "entities": { "totalCount": 0, "edges": [],
                "pageInfo": { "hasNextPage": false, "hasPreviousPage": false, "startCursor": null, "endCursor": null } } }
            """, data);
    }

    [Fact]
    public async Task An_overlong_search_is_rejected_with_INVALID_ARGUMENT()
    {
        var response = await fixture.Client.PostAsync(SearchQuery, new { search = new string('a', 201) });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("200", response.Errors[0].GetProperty("message").GetString());
    }
}

[Collection(SampleGraphCollection.Name)]
public sealed class EntitySearchTests(SampleGraphFixture fixture) : EntitySearchTestsBase(fixture);

[Collection(PostgresSampleGraphCollection.Name)]
public sealed class PostgresEntitySearchTests(PostgresSampleGraphFixture fixture) : EntitySearchTestsBase(fixture);
