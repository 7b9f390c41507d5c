using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Explorer;

/// <summary>
/// A document titled and written with a script element, and an entity named as an image with an onerror handler: every
/// page shows them as text, no element is made of them, no script of theirs runs and no dialog opens.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class MarkupStaysTextTests(ExplorerAppHost app, ChromiumBrowser browser)
{
    private const string Injected = "() => ({ xss: window.__xss ?? null, images: document.querySelectorAll('main img').length, scripts: document.querySelectorAll('main script').length })";

    [Fact]
    public async Task Script_and_onerror_markup_in_a_document_and_an_entity_name_render_as_text_on_every_page()
    {
        var document = UiCorpus.Script;
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress($"#/document/{document.Id}"));
        await session.WaitForViewAsync("document", document.Id);
        var page = session.Page;

        Assert.Equal(document.Write.Title, await page.Locator("#document-title").TextContentAsync());
        Assert.Equal(document.Text, await page.Locator(".doctext").TextContentAsync());
        Assert.Equal(UiCorpus.Hostile.CanonicalName, await page.Locator($".doctext .mention[data-entity-id={UiCorpus.Hostile.Id}]").TextContentAsync());
        await AssertNothingRanAsync(session);

        await page.Locator($".doctext .mention[data-entity-id={UiCorpus.Hostile.Id}]").ClickAsync();
        await session.WaitForViewAsync("entity", UiCorpus.Hostile.Id);
        Assert.Equal(UiCorpus.Hostile.CanonicalName, await page.Locator("h1 .name").TextContentAsync());
        Assert.Contains("alert(1)</script> and <img", await page.Locator("#contexts").TextContentAsync());
        await page.Locator("#graph[data-ready=true]").WaitForAsync();
        await AssertNothingRanAsync(session);

        await page.Locator("#nav a[data-nav=search]").ClickAsync();
        await session.WaitForViewAsync("search");
        await session.SearchAsync("onerror");
        Assert.Equal(UiCorpus.Hostile.CanonicalName, await page.Locator("#results li strong").TextContentAsync());
        await session.ScreenshotAsync("explorer-markup-as-text");
        await AssertNothingRanAsync(session);
    }

    private static async Task AssertNothingRanAsync(ExplorerSession session)
    {
        var injected = await session.Page.EvaluateAsync<System.Text.Json.JsonElement>(Injected);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, injected.GetProperty("xss").ValueKind);
        Assert.Equal(0, injected.GetProperty("images").GetInt32());
        Assert.Equal(0, injected.GetProperty("scripts").GetInt32());
        Assert.Empty(session.Dialogs);
        Assert.Empty(session.Problems);
    }
}
