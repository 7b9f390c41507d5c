using System.Text.Json;
using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EntityGraph.Ui.Tests.Explorer;

/// <summary>The entity page: names by language, mentions in context, documents, and the neighbourhood graph.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class EntityPageTests(ExplorerAppHost app, ChromiumBrowser browser)
{
    private const string Related = "query($id: ID!) { entity(id: $id) { relatedEntities(first: 20) { coOccurrenceCount entity { id } } } }";

    [Fact]
    public async Task An_entity_opened_from_search_shows_its_names_by_language_contexts_documents_and_graph()
    {
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress());
        await session.WaitForViewAsync("search");
        await session.SearchAsync("münchen");
        await session.Page.Locator($"#results li[data-entity-id={UiCorpus.Munich.Id}] a").ClickAsync();
        await session.WaitForViewAsync("entity", UiCorpus.Munich.Id);
        var page = session.Page;

        Assert.Equal($"#/entity/{UiCorpus.Munich.Id}", await page.EvaluateAsync<string>("() => location.hash"));
        Assert.Equal("München", await page.Locator("h1 .name").TextContentAsync());
        Assert.Equal("LOC", await page.Locator("h1 .type").TextContentAsync());
        Assert.Equal(["de", "en"], await page.Locator("#aliases dt").AllTextContentsAsync());
        Assert.Equal("München ×2", await page.Locator("#aliases dd[data-language=de] .alias").TextContentAsync());
        Assert.Equal("Munich ×1", await page.Locator("#aliases dd[data-language=en] .alias").TextContentAsync());
        Assert.Equal(["Munich", "München", "München"], (await page.Locator("#contexts .mention").AllTextContentsAsync()).Order(StringComparer.Ordinal));
        Assert.Contains("Siemens eröffnet ein neues Werk in München.", await page.Locator("#contexts").TextContentAsync());
        var documents = await page.Locator("#entity-documents li").EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.documentId)");
        Assert.Equal([UiCorpus.German.Id, UiCorpus.English.Id], documents.Order(StringComparer.Ordinal));

        var expected = (await app.Client.QueryAsync(Related, new { id = UiCorpus.Munich.Id })).GetProperty("entity").GetProperty("relatedEntities")
            .EnumerateArray().Select(related => related.GetProperty("entity").GetProperty("id").GetString()!).ToArray();
        Assert.NotEmpty(expected);
        var nodes = await GraphNodesAsync(page);
        Assert.Equal(expected.Append(UiCorpus.Munich.Id).Order(StringComparer.Ordinal), nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(expected, await page.Locator("#neighbours li").EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.entityId)"));
        await session.ScreenshotAsync("explorer-entity-munich");
        Assert.All(session.Requests, url => Assert.StartsWith(app.BaseAddress.ToString(), url, StringComparison.Ordinal));
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Clicking_a_related_entity_in_the_graph_opens_it_and_back_returns()
    {
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress($"#/entity/{UiCorpus.Munich.Id}"));
        await session.WaitForViewAsync("entity", UiCorpus.Munich.Id);
        var page = session.Page;
        var nodes = await GraphNodesAsync(page);
        var graph = await page.Locator("#graph").BoundingBoxAsync() ?? throw new InvalidOperationException("The graph is not drawn.");
        var (x, y) = nodes[UiCorpus.Berlin.Id];

        await page.Mouse.ClickAsync(graph.X + (float)x, graph.Y + (float)y);
        await session.WaitForViewAsync("entity", UiCorpus.Berlin.Id);

        Assert.Equal("Berlin", await page.Locator("h1 .name").TextContentAsync());
        Assert.Contains(UiCorpus.Munich.Id, (await GraphNodesAsync(page)).Keys);
        await page.GoBackAsync();
        await session.WaitForViewAsync("entity", UiCorpus.Munich.Id);
        Assert.Equal("München", await page.Locator("h1 .name").TextContentAsync());
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task The_graph_sizes_neighbours_by_co_occurrence_and_colours_them_by_type()
    {
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress($"#/entity/{UiCorpus.Tokyo.Id}"));
        await session.WaitForViewAsync("entity", UiCorpus.Tokyo.Id);

        var styles = await session.Page.EvaluateAsync<JsonElement>("""
            () => JSON.parse(document.getElementById('graph').dataset.styles)
            """);

        Assert.Equal("rgb(194,65,12)", styles.GetProperty(UiCorpus.Toyota.Id).GetProperty("colour").GetString());
        Assert.Equal("rgb(4,120,87)", styles.GetProperty(UiCorpus.Zurich.Id).GetProperty("colour").GetString());
        Assert.True(styles.GetProperty(UiCorpus.Toyota.Id).GetProperty("size").GetDouble() > styles.GetProperty(UiCorpus.Zurich.Id).GetProperty("size").GetDouble(),
            "Toyota shares two documents with Tokyo, Zürich one: its node must be bigger.");
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task An_unknown_entity_shows_not_found()
    {
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress("#/entity/no-such-entity"));
        await session.WaitForViewAsync("error", "no-such-entity");

        Assert.Equal("NOT_FOUND", await session.Page.Locator("#error").GetAttributeAsync("data-code"));
        Assert.Empty(session.PageErrors);
    }

    private static async Task<Dictionary<string, (double X, double Y)>> GraphNodesAsync(IPage page)
    {
        await page.Locator("#graph[data-ready=true]").WaitForAsync();
        var json = await page.Locator("#graph").GetAttributeAsync("data-nodes") ?? "{}";
        return JsonSerializer.Deserialize<Dictionary<string, double[]>>(json)!.ToDictionary(pair => pair.Key, pair => (pair.Value[0], pair.Value[1]));
    }
}
