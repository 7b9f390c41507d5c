using System.Net;
using System.Text.RegularExpressions;
using EntityGraph.GraphApi.Tests.Fixtures;

namespace EntityGraph.GraphApi.Tests.Api;

[Collection(SampleGraphCollection.Name)]
public sealed class IdePageTests(SampleGraphFixture fixture)
{
    [Fact]
    public async Task The_ide_page_points_at_the_endpoint_and_loads_only_its_own_script_and_styles()
    {
        using var response = await fixture.Client.Http.GetAsync("/graphql/ui");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<meta name=\"graphql-endpoint\" content=\"/graphql\">", html);
        foreach (var id in new[] { "query", "variables", "run", "result", "examples", "search", "entity-list", "detail" })
        {
            Assert.Contains($"id=\"{id}\"", html);
        }

        Assert.Single(Regex.Matches(html, "<script"));
        Assert.Contains("<script src=\"/graphql/ui/ide.js\"></script>", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/graphql/ui/ide.css\">", html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(" on[a-z]+=", html);
        Assert.DoesNotContain("__GRAPHQL_ENDPOINT__", html);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("style-src 'self';", policy);
        Assert.DoesNotContain("unsafe", policy);
    }

    [Theory]
    [InlineData("/graphql/ui/ide.js", "text/javascript", "const ENDPOINT")]
    [InlineData("/graphql/ui/ide.css", "text/css", ":root")]
    public async Task The_pages_assets_are_served_under_the_same_policy(string path, string mediaType, string content)
    {
        using var response = await fixture.Client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(content, await response.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_queries_the_explorer_sends_run_against_the_schema()
    {
        using var response = await fixture.Client.Http.GetAsync("/graphql/ui/ide.js");
        var script = await response.Content.ReadAsStringAsync();

        foreach (var (name, variables) in new (string, object)[] { ("SEARCH_QUERY", new { search = "munich" }), ("ENTITY_QUERY", new { id = "loc-munich" }), ("DOCUMENT_QUERY", new { id = "doc-de-1" }) })
        {
            var start = script.IndexOf($"const {name} = `", StringComparison.Ordinal) + name.Length + 10;
            var query = script[start..script.IndexOf('`', start)];
            var result = await fixture.Client.PostAsync(query, variables);
            Assert.True(result.Status == HttpStatusCode.OK && result.Errors.Count == 0, $"{name} failed: {result}");
        }
    }
}
