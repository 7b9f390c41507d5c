using System.Net;
using System.Text;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(SampleGraphCollection.Name)]
public sealed class HttpTransportTests(SampleGraphFixture fixture)
{
    [Fact]
    public async Task Post_answers_with_json()
    {
        var response = await fixture.Client.PostAsync("""{ entity(id: "org-bmw") { canonicalName } }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        JsonAssert.Equivalent("""{ "data": { "entity": { "canonicalName": "BMW" } } }""", response.Body);
    }

    [Fact]
    public async Task Variables_and_operation_name_select_and_feed_the_operation()
    {
        var response = await fixture.Client.PostAsync(
            """
            query First($id: ID!) { entity(id: $id) { canonicalName } }
            query Second($id: ID!) { entity(id: $id) { type } }
            """,
            new { id = "per-merkel" },
            "Second");

        JsonAssert.Equivalent("""{ "data": { "entity": { "type": "PER" } } }""", response.Body);
    }

    [Fact]
    public async Task Get_runs_simple_queries_from_the_query_string()
    {
        var plain = await fixture.Client.GetAsync("""{ entity(id: "loc-tokyo") { canonicalName } }""");
        var withVariables = await fixture.Client.GetAsync("query Q($id: ID!) { entity(id: $id) { type } }", """{ "id": "org-toyota" }""");

        JsonAssert.Equivalent("""{ "data": { "entity": { "canonicalName": "Tokyo" } } }""", plain.Body);
        JsonAssert.Equivalent("""{ "data": { "entity": { "type": "ORG" } } }""", withVariables.Body);
    }

    [Fact]
    public async Task Get_refuses_mutations_with_405()
    {
        var response = await fixture.Client.GetAsync("""mutation { tagDocument(documentId: "doc-en-1", tag: "x") { id } }""");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Get_without_a_query_is_400()
    {
        using var raw = await fixture.Client.Http.GetAsync("/graphql");
        var response = await GraphQLResponse.ReadAsync(raw);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Get_with_variables_that_are_not_json_is_400()
    {
        var response = await fixture.Client.GetAsync("query Q($id: ID!) { entity(id: $id) { id } }", "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""[{ "query": "{ statistics { entities } }" }]""")]
    [InlineData("""{ "variables": {} }""")]
    [InlineData("""{ "query": "" }""")]
    [InlineData("null")]
    public async Task Bodies_that_are_not_a_graphql_request_are_400_INVALID_REQUEST(string body)
    {
        var response = await fixture.Client.PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_body_that_is_not_json_media_is_415()
    {
        var response = await fixture.Client.PostRawAsync("{ statistics { entities } }", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
    }

    [Fact]
    public async Task The_server_keeps_serving_after_bad_requests()
    {
        await fixture.Client.PostRawAsync("{not json", "application/json");
        await fixture.Client.PostAsync("{ entity(id: ");
        using (var content = new ByteArrayContent(Encoding.UTF8.GetBytes("\u0000\u0001\u0002")))
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var _ = await fixture.Client.Http.PostAsync("/graphql", content);
        }

        var data = await fixture.Client.QueryAsync("{ statistics { documents } }");

        JsonAssert.Equivalent("""{ "statistics": { "documents": 6 } }""", data);
    }
}
