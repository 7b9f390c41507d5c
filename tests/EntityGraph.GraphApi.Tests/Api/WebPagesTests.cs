using System.Net;
using System.Text.RegularExpressions;
using EntityGraph.GraphApi.Tests.Fixtures;

namespace EntityGraph.GraphApi.Tests.Api;

/// <summary>GraphiQL (/graphql/ui) and the explorer (/) as HTTP resources: their HTML, assets and policies.</summary>
[Collection(SampleGraphCollection.Name)]
public sealed class WebPagesTests(SampleGraphFixture fixture)
{
    [Theory]
    [InlineData("/graphql/ui", "/graphql/ui/graphiql.js", "/graphql/ui/graphiql.css")]
    [InlineData("/", "/explorer/app.js", "/explorer/explorer.css")]
    public async Task A_page_points_at_the_endpoint_and_loads_only_its_own_script_and_styles(string path, string script, string styles)
    {
        using var response = await fixture.Client.Http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<meta name=\"graphql-endpoint\" content=\"/graphql\">", html);
        var scriptTag = Assert.Single(Regex.Matches(html, "<script[^>]*>"));
        Assert.Contains($"src=\"{script}\"", scriptTag.Value);
        Assert.Contains($"<link rel=\"stylesheet\" href=\"{styles}\">", html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(" on[a-z]+=", html);
        Assert.DoesNotContain("__GRAPHQL_ENDPOINT__", html);
        Assert.Contains("href=\"/graphql/review\"", html);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
    }

    [Fact]
    public async Task The_explorer_allows_no_inline_style_and_graphiql_runs_its_editor_workers_from_the_server()
    {
        using var explorer = await fixture.Client.Http.GetAsync("/");
        using var graphiql = await fixture.Client.Http.GetAsync("/graphql/ui");

        Assert.Contains("style-src 'self';", explorer.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("worker-src 'self';", graphiql.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("http", graphiql.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/graphql/ui/graphiql.js", "text/javascript")]
    [InlineData("/graphql/ui/graphiql.css", "text/css")]
    [InlineData("/graphql/ui/editor.worker.js", "text/javascript")]
    [InlineData("/graphql/ui/json.worker.js", "text/javascript")]
    [InlineData("/graphql/ui/graphql.worker.js", "text/javascript")]
    [InlineData("/explorer/cytoscape.js", "text/javascript")]
    [InlineData("/explorer/graph.js", "text/javascript")]
    [InlineData("/explorer/favicon.svg", "image/svg+xml")]
    public async Task The_pages_assets_are_served_under_the_same_policy(string path, string mediaType)
    {
        using var response = await fixture.Client.Http.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.True(body.Length > 100, $"{path} is {body.Length} bytes.");
        Assert.Contains("script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/explorer/nothing.js")]
    [InlineData("/graphql/ui/ide.js")]
    public async Task A_file_that_is_no_asset_is_not_found(string path)
    {
        using var response = await fixture.Client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("search.js", "SEARCH_QUERY", """{ "search": "munich", "type": "LOC", "language": "de" }""")]
    [InlineData("entity.js", "ENTITY_QUERY", """{ "id": "loc-munich" }""")]
    [InlineData("document.js", "DOCUMENT_QUERY", """{ "id": "doc-de-1" }""")]
    public async Task The_queries_the_explorer_sends_run_against_the_schema(string file, string name, string variables)
    {
        using var response = await fixture.Client.Http.GetAsync("/explorer/" + file);
        var script = await response.Content.ReadAsStringAsync();
        var start = script.IndexOf($"const {name} = `", StringComparison.Ordinal) + name.Length + 10;
        var query = script[start..script.IndexOf('`', start)];

        var result = await fixture.Client.PostAsync(query, System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(variables));

        Assert.True(result.Status == HttpStatusCode.OK && result.Errors.Count == 0, $"{name} failed: {result}");
    }
}
