using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Explorer;

/// <summary>The explorer on a phone-sized screen (390 × 844): one column, no sideways scrolling, the bar's links reachable.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class PhoneViewportTests(ExplorerAppHost app, ChromiumBrowser browser)
{
    private const string Overflow = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

    [Fact]
    public async Task On_a_phone_every_page_fits_the_width_and_the_navigation_works()
    {
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress($"#/entity/{UiCorpus.Munich.Id}"), ExplorerSession.Phone);
        await session.WaitForViewAsync("entity", UiCorpus.Munich.Id);
        var page = session.Page;
        await page.Locator("#graph[data-ready=true]").WaitForAsync();

        Assert.Equal(0, await page.EvaluateAsync<int>(Overflow));
        var graph = await page.Locator("#graph").BoundingBoxAsync();
        Assert.NotNull(graph);
        Assert.InRange(graph.Width, 200, 390);
        await session.ScreenshotAsync("explorer-phone-entity");

        foreach (var link in await page.Locator("#nav a").AllAsync())
        {
            var box = await link.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.InRange(box.X + box.Width, 0, 390);
        }

        await page.Locator("#nav a[data-nav=search]").TapAsync();
        await session.WaitForViewAsync("search");
        await session.SearchAsync("東京");
        Assert.Equal(0, await page.EvaluateAsync<int>(Overflow));
        await page.Locator("#results li a").First.TapAsync();
        await session.WaitForViewAsync("entity", UiCorpus.Tokyo.Id);
        await page.Locator($"#entity-documents li[data-document-id={UiCorpus.Mixed.Id}] a").TapAsync();
        await session.WaitForViewAsync("document", UiCorpus.Mixed.Id);
        Assert.Equal(0, await page.EvaluateAsync<int>(Overflow));
        await session.ScreenshotAsync("explorer-phone-document");

        await page.Locator("#nav a[data-nav=analyze]").TapAsync();
        await session.WaitForViewAsync("analyze");
        Assert.Equal(0, await page.EvaluateAsync<int>(Overflow));
        Assert.Empty(session.Problems);
    }
}
