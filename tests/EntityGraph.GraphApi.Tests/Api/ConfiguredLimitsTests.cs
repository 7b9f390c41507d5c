using System.Net;
using System.Text;
using EntityGraph.GraphApi.Tests.Fixtures;
using EntityGraph.GraphApi.Tests.Infrastructure;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(TightLimitsCollection.Name)]
public sealed class ConfiguredLimitsTests(TightLimitsFixture fixture)
{
    [Fact]
    public async Task The_configured_default_page_size_applies_without_first()
    {
        var data = await fixture.Client.QueryAsync("{ entities { totalCount edges { node { id } } pageInfo { hasNextPage } } }");

        JsonAssert.Equivalent("""
            { "entities": { "totalCount": 8, "edges": [ { "node": { "id": "loc-germany" } }, { "node": { "id": "loc-munich" } } ], "pageInfo": { "hasNextPage": true } } }
            """, data);
    }

    [Fact]
    public async Task The_configured_maximum_page_size_is_enforced_and_named_in_the_error()
    {
        var allowed = await fixture.Client.PostAsync("{ entities(first: 5) { totalCount } }");
        var refused = await fixture.Client.PostAsync("{ entities(first: 6) { totalCount } }");

        Assert.Empty(allowed.Errors);
        Assert.Equal(["INVALID_ARGUMENT"], refused.ErrorCodes);
        Assert.Contains("at most 5", refused.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task At_the_smallest_allowed_depth_limit_introspection_still_works()
    {
        var data = await fixture.Client.QueryAsync("""
            { __schema { types { name fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }
            """);

        Assert.True(data.GetProperty("__schema").GetProperty("types").GetArrayLength() > 10);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var query = "{ statistics { documents } }" + new string(' ', TightLimitsFixture.MaxRequestBytes);

        var response = await fixture.Client.PostAsync(query);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_chunked_body_over_the_size_limit_is_413_too()
    {
        var body = Encoding.UTF8.GetBytes($$"""{ "query": "{ statistics { documents } }{{new string(' ', TightLimitsFixture.MaxRequestBytes)}}" }""");
        using var content = new StreamContent(new UnseekableStream(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var raw = await fixture.Client.Http.PostAsync("/graphql", content);
        var response = await GraphQLResponse.ReadAsync(raw);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
