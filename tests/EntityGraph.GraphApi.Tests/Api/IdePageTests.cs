using System.Net;
using EntityGraph.GraphApi.Tests.Fixtures;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(SampleGraphCollection.Name)]
public sealed class IdePageTests(SampleGraphFixture fixture)
{
    [Fact]
    public async Task The_ide_page_is_served_as_self_contained_html_pointing_at_the_endpoint()
    {
        using var response = await fixture.Client.Http.GetAsync("/graphql/ui");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("const ENDPOINT = \"/graphql\";", html);
        foreach (var id in new[] { "query", "variables", "run", "result", "examples", "search", "entity-list", "detail" })
        {
            Assert.Contains($"id=\"{id}\"", html);
        }

        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("__GRAPHQL_ENDPOINT__", html);
        Assert.Contains("connect-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_queries_the_explorer_sends_run_against_the_schema()
    {
        using var response = await fixture.Client.Http.GetAsync("/graphql/ui");
        var html = await response.Content.ReadAsStringAsync();

        foreach (var (name, variables) in new (string, object)[] { ("SEARCH_QUERY", new { search = "munich" }), ("ENTITY_QUERY", new { id = "loc-munich" }), ("DOCUMENT_QUERY", new { id = "doc-de-1" }) })
        {
            var start = html.IndexOf($"const {name} = `", StringComparison.Ordinal) + name.Length + 10;
            var query = html[start..html.IndexOf('`', start)];
            var result = await fixture.Client.PostAsync(query, variables);
            Assert.True(result.Status == HttpStatusCode.OK && result.Errors.Count == 0, $"{name} failed: {result}");
        }
    }
}
