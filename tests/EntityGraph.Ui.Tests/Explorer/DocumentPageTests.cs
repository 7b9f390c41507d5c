using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Explorer;

/// <summary>The document page: its text with entities highlighted per type, tags, languages and related documents.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class DocumentPageTests(ExplorerAppHost app, ChromiumBrowser browser)
{
    [Fact]
    public async Task A_document_opened_from_its_entity_highlights_the_exact_spans_by_type_with_confidence_on_hover()
    {
        var document = UiCorpus.Mixed;
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress($"#/entity/{UiCorpus.Zurich.Id}"));
        await session.WaitForViewAsync("entity", UiCorpus.Zurich.Id);
        var page = session.Page;

        await page.Locator($"#entity-documents li[data-document-id={document.Id}] a").ClickAsync();
        await session.WaitForViewAsync("document", document.Id);

        Assert.Equal("東京 und Zürich", await page.Locator("#document-title").TextContentAsync());
        Assert.Equal(document.Text, await page.Locator(".doctext").TextContentAsync());
        var marks = page.Locator(".doctext .mention");
        Assert.Equal(document.MentionSubstrings, await marks.AllTextContentsAsync());
        Assert.Equal(document.Write.Mentions.Select(m => m.EntityId), await marks.EvaluateAllAsync<string[]>("marks => marks.map(mark => mark.dataset.entityId)"));
        Assert.Equal(document.Write.Mentions.Select(m => "mention t-" + m.Type), await marks.EvaluateAllAsync<string[]>("marks => marks.map(mark => mark.className)"));
        Assert.Equal("ORG · confidence 0.90 · Toyota", await marks.First.GetAttributeAsync("title"));
        var colours = await marks.EvaluateAllAsync<string[]>("marks => marks.map(mark => getComputedStyle(mark).borderBottomColor)");
        Assert.Equal(3, colours.Distinct().Count());
        Assert.Equal(colours[1], colours[3]);
        var parts = (await app.Client.QueryAsync("query($id: ID!) { document(id: $id) { languageParts { start language } } }", new { id = document.Id }))
            .GetProperty("document").GetProperty("languageParts").EnumerateArray().Select(part => part.GetProperty("language").GetString()).ToArray();
        Assert.NotEmpty(parts);
        Assert.Equal("parts", await page.Locator("#languages").GetAttributeAsync("data-state"));
        Assert.Equal(parts, await page.Locator("#languages li").EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.language)"));
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Tags_and_related_documents_with_their_shared_entities_are_shown_and_lead_on()
    {
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress($"#/document/{UiCorpus.German.Id}"));
        await session.WaitForViewAsync("document", UiCorpus.German.Id);
        var page = session.Page;

        Assert.Equal(["bavaria", "industry"], (await page.Locator("#tags li").AllTextContentsAsync()).Order(StringComparer.Ordinal));
        var related = page.Locator($"#related-documents li[data-document-id={UiCorpus.English.Id}]");
        Assert.Equal(["München"], await related.Locator(".shared-entity").AllTextContentsAsync());
        await session.ScreenshotAsync("explorer-document-de");

        await related.Locator("a").First.ClickAsync();
        await session.WaitForViewAsync("document", UiCorpus.English.Id);
        Assert.Equal(UiCorpus.English.Text, await page.Locator(".doctext").TextContentAsync());

        await page.Locator($".doctext a.mention[data-entity-id={UiCorpus.Berlin.Id}]").ClickAsync();
        await session.WaitForViewAsync("entity", UiCorpus.Berlin.Id);
        await page.GoBackAsync();
        await session.WaitForViewAsync("document", UiCorpus.English.Id);
        await page.GoBackAsync();
        await session.WaitForViewAsync("document", UiCorpus.German.Id);
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task The_japanese_document_draws_cjk_glyphs()
    {
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress($"#/document/{UiCorpus.Japanese.Id}"));
        await session.WaitForViewAsync("document", UiCorpus.Japanese.Id);
        var text = session.Page.Locator(".doctext");

        Assert.Equal(["東京", "トヨタ"], await text.Locator(".mention").AllTextContentsAsync());
        Assert.False(await GlyphProbe.DrawsDistinctGlyphsAsync(text, "\U0001E4D0", "\U0001E4D1"), "The probe must see two Nag Mundari letters (no font has them) as the same missing-glyph box.");
        Assert.True(await GlyphProbe.DrawsDistinctGlyphsAsync(text, "東", "京"), "CJK renders as missing-glyph boxes: install fonts-noto-cjk.");
        await session.ScreenshotAsync("explorer-document-ja");
        Assert.Empty(session.Problems);
    }
}
