using System.Text.Json;
using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Ide;

[Collection(IdeCollection.Name)]
public sealed class QueryEditorTests(IdeAppHost app, ChromiumBrowser browser)
{
    [Fact]
    public async Task The_page_loads_without_console_errors_and_the_default_query_shows_data()
    {
        await using var ide = await IdeSession.OpenAsync(browser, app);

        Assert.Equal("EntityGraph GraphQL IDE", await ide.Page.TitleAsync());
        Assert.Equal("/graphql", await ide.Page.Locator("#endpoint-label").TextContentAsync());
        var result = await ide.RunAsync();

        using var json = JsonDocument.Parse(result);
        Assert.False(json.RootElement.TryGetProperty("errors", out _), result);
        var entities = json.RootElement.GetProperty("data").GetProperty("entities");
        Assert.Equal(UiCorpus.EntityCount, entities.GetProperty("totalCount").GetInt32());
        var names = entities.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("canonicalName").GetString()).ToArray();
        Assert.Equal(5, names.Length);
        Assert.Equal("München", names[0]);
        Assert.StartsWith("HTTP 200", await ide.RunStatus.TextContentAsync());
        Assert.Empty(ide.ConsoleErrors);
        Assert.Empty(ide.PageErrors);
    }

    [Fact]
    public async Task Choosing_the_first_example_fills_both_editors_and_running_it_shows_its_data()
    {
        await using var ide = await IdeSession.OpenAsync(browser, app);

        await ide.Page.Locator("#examples").SelectOptionAsync("0");
        Assert.Contains("entities(search: $search", await ide.Query.InputValueAsync());
        using (var variables = JsonDocument.Parse(await ide.Variables.InputValueAsync()))
        {
            Assert.Equal("berlin", variables.RootElement.GetProperty("search").GetString());
        }

        var result = await ide.RunAsync();

        using var json = JsonDocument.Parse(result);
        var entities = json.RootElement.GetProperty("data").GetProperty("entities");
        Assert.Equal(1, entities.GetProperty("totalCount").GetInt32());
        var node = entities.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(UiCorpus.Berlin.Id, node.GetProperty("id").GetString());
        Assert.Equal("en", node.GetProperty("aliases")[0].GetProperty("language").GetString());
        Assert.Empty(ide.ConsoleErrors);
        Assert.Empty(ide.PageErrors);
    }

    [Fact]
    public async Task A_malformed_query_shows_its_error_code_and_the_next_valid_query_still_runs()
    {
        await using var ide = await IdeSession.OpenAsync(browser, app);

        await ide.Query.FillAsync("{ entity(id: ");
        var failed = await ide.RunAsync();

        using (var json = JsonDocument.Parse(failed))
        {
            Assert.False(json.RootElement.TryGetProperty("data", out _), failed);
            var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
            Assert.Equal("GRAPHQL_PARSE_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        }

        Assert.StartsWith("HTTP 400", await ide.RunStatus.TextContentAsync());
        Assert.Contains("failed", await ide.Result.GetAttributeAsync("class") ?? "");

        await ide.Query.FillAsync($"{{ document(id: \"{UiCorpus.Japanese.Id}\") {{ title language text }} }}");
        var recovered = await ide.RunAsync();

        using (var json = JsonDocument.Parse(recovered))
        {
            Assert.False(json.RootElement.TryGetProperty("errors", out _), recovered);
            var document = json.RootElement.GetProperty("data").GetProperty("document");
            Assert.Equal("新車", document.GetProperty("title").GetString());
            Assert.Equal(UiCorpus.Japanese.Text, document.GetProperty("text").GetString());
        }

        Assert.StartsWith("HTTP 200", await ide.RunStatus.TextContentAsync());
        Assert.DoesNotContain("failed", await ide.Result.GetAttributeAsync("class") ?? "");
        Assert.Empty(ide.PageErrors);
        Assert.Contains("status of 400", Assert.Single(ide.ConsoleErrors));
    }
}
