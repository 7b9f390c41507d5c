using System.Text.Json;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(SampleGraphCollection.Name)]
public sealed class PaginationTests(SampleGraphFixture fixture)
{
    private const string EntityPage = """
        query Page($first: Int, $after: String) {
          entities(first: $first, after: $after) {
            totalCount
            edges { cursor node { id } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task Cursors_walk_every_entity_once_in_order()
    {
        var first = (await fixture.Client.QueryAsync(EntityPage, new { first = 3 })).GetProperty("entities");
        var second = (await fixture.Client.QueryAsync(EntityPage, new { first = 3, after = EndCursor(first) })).GetProperty("entities");
        var third = (await fixture.Client.QueryAsync(EntityPage, new { first = 3, after = EndCursor(second) })).GetProperty("entities");

        Assert.Equal(["loc-germany", "loc-munich", "loc-berlin"], Ids(first));
        Assert.Equal(["org-bmw", "per-merkel", "org-siemens"], Ids(second));
        Assert.Equal(["loc-tokyo", "org-toyota"], Ids(third));
        JsonAssert.Equivalent("""{ "hasNextPage": true, "hasPreviousPage": false }""", Flags(first));
        JsonAssert.Equivalent("""{ "hasNextPage": true, "hasPreviousPage": true }""", Flags(second));
        JsonAssert.Equivalent("""{ "hasNextPage": false, "hasPreviousPage": true }""", Flags(third));
        Assert.All(new[] { first, second, third }, page => Assert.Equal(8, page.GetProperty("totalCount").GetInt32()));

        var everything = (await fixture.Client.QueryAsync(EntityPage, new { first = 100 })).GetProperty("entities");
        Assert.Equal(Ids(everything), Ids(first).Concat(Ids(second)).Concat(Ids(third)));
    }

    [Fact]
    public async Task Start_and_end_cursors_are_those_of_the_first_and_last_edge()
    {
        var page = (await fixture.Client.QueryAsync(EntityPage, new { first = 3 })).GetProperty("entities");
        var edges = page.GetProperty("edges").EnumerateArray().ToArray();
        var info = page.GetProperty("pageInfo");

        Assert.Equal(edges[0].GetProperty("cursor").GetString(), info.GetProperty("startCursor").GetString());
        Assert.Equal(edges[^1].GetProperty("cursor").GetString(), info.GetProperty("endCursor").GetString());
        Assert.Equal(3, edges.Select(edge => edge.GetProperty("cursor").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Continuing_from_a_middle_cursor_starts_right_after_that_edge()
    {
        var page = (await fixture.Client.QueryAsync(EntityPage, new { first = 5 })).GetProperty("entities");
        var secondCursor = page.GetProperty("edges")[1].GetProperty("cursor").GetString();

        var next = (await fixture.Client.QueryAsync(EntityPage, new { first = 2, after = secondCursor })).GetProperty("entities");

        Assert.Equal(["loc-berlin", "org-bmw"], Ids(next));
    }

    [Fact]
    public async Task Documents_page_newest_first()
    {
        const string query = """
            query Docs($after: String) { documents(first: 4, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }
            """;
        var first = (await fixture.Client.QueryAsync(query)).GetProperty("documents");
        var second = (await fixture.Client.QueryAsync(query, new { after = EndCursor(first) })).GetProperty("documents");

        JsonAssert.Equivalent("""[ { "id": "doc-ja-1" }, { "id": "doc-fr-1" }, { "id": "doc-en-2" }, { "id": "doc-ru-1" } ]""", first.GetProperty("nodes"));
        JsonAssert.Equivalent("""[ { "id": "doc-en-1" }, { "id": "doc-de-1" } ]""", second.GetProperty("nodes"));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(6, second.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task First_zero_gives_only_the_total()
    {
        var data = await fixture.Client.QueryAsync("{ entities(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }");

        JsonAssert.Equivalent("""{ "entities": { "totalCount": 8, "edges": [], "pageInfo": { "hasNextPage": true } } }""", data);
    }

    [Fact]
    public async Task Without_first_the_default_page_size_applies()
    {
        var data = await fixture.Client.QueryAsync("{ documents { nodes { id } } }");

        Assert.Equal(6, data.GetProperty("documents").GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData(101)]
    [InlineData(-1)]
    public async Task First_out_of_range_is_INVALID_ARGUMENT(int first)
    {
        var response = await fixture.Client.PostAsync(EntityPage, new { first });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
    }

    [Fact]
    public async Task First_over_the_maximum_on_a_nested_connection_fails_only_that_branch()
    {
        var response = await fixture.Client.PostAsync("""
            { entity(id: "loc-munich") { canonicalName documents(first: 500) { totalCount } } ok: entity(id: "org-bmw") { canonicalName } }
            """);

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("at most 100", response.Errors[0].GetProperty("message").GetString());
        JsonAssert.Equivalent("""["entity", "documents"]""", response.Errors[0].GetProperty("path"));
        JsonAssert.Equivalent("""{ "entity": null, "ok": { "canonicalName": "BMW" } }""", response.Data);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("MTIz")]
    [InlineData("")]
    public async Task A_cursor_not_made_by_the_api_is_INVALID_ARGUMENT(string after)
    {
        var response = await fixture.Client.PostAsync(EntityPage, new { first = 2, after });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    private static string? EndCursor(JsonElement connection) =>
        connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();

    private static string[] Ids(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("id").GetString()!).ToArray();

    private static JsonElement Flags(JsonElement connection)
    {
        var info = connection.GetProperty("pageInfo");
        return JsonSerializer.SerializeToElement(new
        {
            hasNextPage = info.GetProperty("hasNextPage").GetBoolean(),
            hasPreviousPage = info.GetProperty("hasPreviousPage").GetBoolean(),
        });
    }
}
