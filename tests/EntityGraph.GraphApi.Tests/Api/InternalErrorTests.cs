using System.Net;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(BrokenStoreCollection.Name)]
public sealed class InternalErrorTests(BrokenStoreFixture fixture)
{
    [Fact]
    public async Task A_failing_store_gives_INTERNAL_SERVER_ERROR_without_details()
    {
        var response = await fixture.Client.PostAsync("""{ entity(id: "loc-munich") { id } }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.ErrorCodes);
        Assert.Equal("Internal server error.", response.Errors[0].GetProperty("message").GetString());
        Assert.False(response.Errors[0].GetProperty("extensions").TryGetProperty("details", out _));
        Assert.DoesNotContain("Sqlite", response.Body.GetRawText(), StringComparison.OrdinalIgnoreCase);
        JsonAssert.Equivalent("""{ "entity": null }""", response.Data);
    }

    [Fact]
    public async Task The_server_keeps_serving_after_internal_errors()
    {
        for (var i = 0; i < 3; i++)
        {
            var failed = await fixture.Client.PostAsync("{ entities(first: 5) { totalCount } }");
            Assert.Equal(["INTERNAL_SERVER_ERROR"], failed.ErrorCodes);
        }

        var typename = await fixture.Client.QueryAsync("{ __typename }");
        using var page = await fixture.Client.Http.GetAsync("/graphql/ui");

        JsonAssert.Equivalent("""{ "__typename": "Query" }""", typename);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
