using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Explorer;

/// <summary>The search page: names in any language, type and language filters as links with their result counts.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class SearchPageTests(ExplorerAppHost app, ChromiumBrowser browser)
{
    private const string Count = "query($search: String, $type: String, $language: String) { entities(search: $search, type: $type, language: $language, first: 1) { totalCount } }";

    [Theory]
    [InlineData("MUNCHEN")]
    [InlineData("Münch")]
    [InlineData("munich")]
    public async Task Searching_a_name_in_another_case_language_or_without_accents_lists_the_entity(string search)
    {
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress());
        await session.WaitForViewAsync("search");

        await session.SearchAsync(search);

        var item = Assert.Single(await session.Page.Locator("#results > li").AllAsync());
        Assert.Equal(UiCorpus.Munich.Id, await item.GetAttributeAsync("data-entity-id"));
        Assert.Equal("München", await item.Locator("strong").TextContentAsync());
        Assert.Equal("3 mentions in 2 documents · Munich (en)", await item.Locator(".small").TextContentAsync());
        Assert.Equal("1 entity", await session.Page.Locator("#result-count").TextContentAsync());
        Assert.Equal($"#/?q={Uri.EscapeDataString(search).Replace("%20", "+", StringComparison.Ordinal)}", await session.Page.EvaluateAsync<string>("() => location.hash"));
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Type_and_language_filters_show_the_apis_counts_and_narrow_the_list_and_back_undoes_them()
    {
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress());
        await session.WaitForViewAsync("search");
        var page = session.Page;

        Assert.Equal($"{UiCorpus.EntityCount} entities", await page.Locator("#result-count").TextContentAsync());
        foreach (var (type, count) in new[] { ("LOC", 4), ("ORG", 2), ("PER", 2), ("MISC", 1) })
        {
            Assert.Equal(count, await TotalAsync(type: type));
            Assert.Equal($"{type} ({count})", await page.Locator($"#facets a[data-facet=type][data-value={type}]").TextContentAsync());
        }

        await page.Locator("#facets a[data-facet=type][data-value=LOC]").ClickAsync();
        await session.WaitForSearchAsync("", "LOC");
        Assert.Equal("4 entities", await page.Locator("#result-count").TextContentAsync());
        Assert.All(await page.Locator("#results > li .type").AllTextContentsAsync(), type => Assert.Equal("LOC", type));
        var japanese = await TotalAsync(type: "LOC", language: "ja");
        Assert.Equal($"ja ({japanese})", await page.Locator("#facets a[data-facet=lang][data-value=ja]").TextContentAsync());

        await page.Locator("#facets a[data-facet=lang][data-value=ja]").ClickAsync();
        await session.WaitForSearchAsync("", "LOC", "ja");
        Assert.Equal("#/?type=LOC&lang=ja", await page.EvaluateAsync<string>("() => location.hash"));
        var ids = await page.Locator("#results > li").EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.entityId)");
        Assert.Equal([UiCorpus.Tokyo.Id], ids);
        Assert.Equal(1, japanese);

        await page.GoBackAsync();
        await session.WaitForSearchAsync("", "LOC");
        Assert.Equal("4 entities", await page.Locator("#result-count").TextContentAsync());
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task A_shared_search_address_opens_with_its_filters_and_the_keyboard_reaches_a_result()
    {
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress("#/?q=to&type=ORG"));
        await session.WaitForSearchAsync("to", "ORG");
        var page = session.Page;
        Assert.Equal("to", await page.Locator("#search").InputValueAsync());
        Assert.Equal(await TotalAsync("to", "ORG"), int.Parse(await page.Locator("#results").GetAttributeAsync("data-total") ?? "-1", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("true", await page.Locator("#facets a[data-facet=type][data-value=ORG]").GetAttributeAsync("aria-current"));

        await page.Locator("#results > li a").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await session.WaitForViewAsync("entity", UiCorpus.Toyota.Id);

        await page.Keyboard.PressAsync("/");
        await session.WaitForViewAsync("search");
        Assert.Equal("search", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Arrow_keys_move_through_the_results_and_enter_opens_one()
    {
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress("#/?type=LOC"));
        await session.WaitForSearchAsync("", "LOC");
        var page = session.Page;
        var ids = await page.Locator("#results > li").EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.entityId)");

        await page.Locator("#results > li a").First.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(ids[1], await page.EvaluateAsync<string>("() => document.activeElement.closest('li').dataset.entityId"));
        await page.Keyboard.PressAsync("Enter");
        await session.WaitForViewAsync("entity", ids[1]);
        Assert.Equal("view", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Empty(session.Problems);
    }

    private async Task<int> TotalAsync(string? search = null, string? type = null, string? language = null) =>
        (await app.Client.QueryAsync(Count, new { search, type, language })).GetProperty("entities").GetProperty("totalCount").GetInt32();
}
