using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EntityGraph.Ui.Tests.GraphiQL;

/// <summary>
/// GraphiQL at /graphql/ui, served from the committed bundle (no CDN, no network: every request goes to the app): it loads
/// the schema (docs explorer, completion), runs a query and shows its result, and sends the API key typed in the bar as a
/// bearer token.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class GraphiQLTests(ExplorerAppHost app, ChromiumBrowser browser)
{
    [Fact]
    public async Task GraphiQL_loads_the_schema_into_its_docs_explorer_and_completes_field_names()
    {
        await using var session = await OpenAsync();
        var page = session.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        var docs = page.Locator(".graphiql-doc-explorer");
        await docs.GetByText("Query", new() { Exact = true }).First.ClickAsync();
        await docs.GetByText("relatedDocuments", new() { Exact = true }).First.WaitForAsync();
        await session.ScreenshotAsync("graphiql-docs", fullPage: false);

        var editor = page.Locator(".graphiql-query-editor .monaco-editor").First;
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync("{ relatedEnt");
        await page.Keyboard.PressAsync("Control+Space");
        await page.Locator(".suggest-widget .monaco-list-row", new() { HasText = "relatedEntities" }).First.WaitForAsync();
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task GraphiQL_runs_the_default_query_and_shows_the_result()
    {
        await using var session = await OpenAsync();
        var page = session.Page;

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Execute query (Ctrl-Enter)" }).ClickAsync(),
            r => r.Request.Method == "POST" && (r.Request.PostData ?? "").Contains("entities(first: 5)", StringComparison.Ordinal));
        Assert.Equal(200, response.Status);
        var result = page.Locator(".graphiql-response .view-lines");
        await Assertions.Expect(result).ToContainTextAsync($"\"totalCount\": {UiCorpus.EntityCount}");
        await Assertions.Expect(result).ToContainTextAsync("\"canonicalName\": \"München\"");
        await session.ScreenshotAsync("graphiql-result", fullPage: false);
        Assert.All(session.Requests, url => Assert.StartsWith(app.BaseAddress.ToString(), url, StringComparison.Ordinal));
        Assert.Contains(session.Requests, url => url.EndsWith("/graphql/ui/graphql.worker.js", StringComparison.Ordinal));
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task The_api_key_typed_in_the_bar_is_sent_as_a_bearer_token()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await page.Locator("#api-key").FillAsync("eg_test_key");
        await page.Locator("#api-key").DispatchEventAsync("change");

        var request = await page.RunAndWaitForRequestAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Execute query (Ctrl-Enter)" }).ClickAsync(),
            r => r.Method == "POST" && (r.PostData ?? "").Contains("entities(first: 5)", StringComparison.Ordinal));

        Assert.Equal("Bearer eg_test_key", (await request.AllHeadersAsync())["authorization"]);
        Assert.Equal("eg_test_key", await page.EvaluateAsync<string>("() => sessionStorage.getItem('entitygraph-api-key')"));
    }

    private async Task<ExplorerSession> OpenAsync()
    {
        var session = await ExplorerSession.OpenAsync(browser, app.GraphiQLAddress);
        Assert.Contains("script-src 'self';", session.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", session.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", session.ContentSecurityPolicy, StringComparison.Ordinal);
        // GraphiQL has introspected the schema once its docs button and the query editor are there.
        await session.Page.Locator(".graphiql-query-editor .monaco-editor").First.WaitForAsync();
        return session;
    }
}
