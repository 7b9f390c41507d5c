using System.Net;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(SampleGraphCollection.Name)]
public sealed class RequestErrorTests(SampleGraphFixture fixture)
{
    [Theory]
    [InlineData("{ entity(id: ")]
    [InlineData("query { ")]
    [InlineData("this is not graphql")]
    public async Task Malformed_graphql_is_HTTP_400_with_GRAPHQL_PARSE_FAILED(string query)
    {
        var response = await fixture.Client.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("data", out _));
        Assert.True(response.Errors[0].TryGetProperty("locations", out _));
    }

    [Theory]
    [InlineData("""{ entity(id: "loc-munich") { noSuchField } }""")]
    [InlineData("""{ noSuchRoot }""")]
    [InlineData("""query Q($id: ID!) { entity(id: $id) { id } }""")]
    [InlineData("""{ entity { id } }""")]
    public async Task Queries_that_do_not_fit_the_schema_are_HTTP_400_with_GRAPHQL_VALIDATION_FAILED(string query)
    {
        var response = await fixture.Client.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.NotEmpty(response.ErrorCodes);
        Assert.All(response.ErrorCodes, code => Assert.Equal("GRAPHQL_VALIDATION_FAILED", code));
    }

    [Fact]
    public async Task A_query_deeper_than_the_limit_is_rejected_with_QUERY_TOO_COMPLEX()
    {
        var query = """{ entity(id: "loc-munich") { relatedEntities(first: 1) { entity { relatedEntities(first: 1) { entity { relatedEntities(first: 1) { entity { relatedEntities(first: 1) { entity { relatedEntities(first: 1) { entity { relatedEntities(first: 1) { entity { relatedEntities(first: 1) { entity { relatedEntities(first: 1) { entity { id } } } } } } } } } } } } } } } } } }""";

        var response = await fixture.Client.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["QUERY_TOO_COMPLEX"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_query_fanning_out_beyond_the_complexity_limit_is_rejected_with_QUERY_TOO_COMPLEX()
    {
        var query = """
            { documents(first: 100) { nodes { relatedDocuments(first: 100) { document { relatedDocuments(first: 100) { document { mentions { entity { aliases { name } } } } } } } } } }
            """;

        var response = await fixture.Client.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["QUERY_TOO_COMPLEX"], response.ErrorCodes);
    }

    [Fact]
    public async Task Error_responses_carry_no_stack_traces()
    {
        var responses = new[]
        {
            await fixture.Client.PostAsync("{ entity(id: "),
            await fixture.Client.PostAsync("""{ entity(id: "ghost") { id } }"""),
            await fixture.Client.PostAsync("{ entities(first: 1000) { totalCount } }"),
        };

        Assert.All(responses, response =>
        {
            var raw = response.Body.GetRawText();
            Assert.DoesNotContain("   at ", raw);
            Assert.DoesNotContain("Exception", raw);
            Assert.All(response.Errors, error => Assert.False(error.GetProperty("extensions").TryGetProperty("details", out _)));
        });
    }
}
