using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EntityGraph.Ui.Tests.Ide;

[Collection(IdeCollection.Name)]
public sealed class DocumentViewTests(IdeAppHost app, ChromiumBrowser browser)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task A_document_opened_from_its_entity_shows_its_text_with_the_exact_mention_spans_highlighted()
    {
        var document = UiCorpus.Mixed;
        await using var ide = await IdeSession.OpenAsync(browser, app);

        await ide.SearchEntitiesAsync("zurich");
        await ide.ShowEntityAsync(UiCorpus.Zurich.Id);
        await ide.OpenDocumentFromEntityAsync(document.Id);

        Assert.Equal("東京 und Zürich", await ide.Detail.Locator("h2").TextContentAsync());
        Assert.Equal(document.Text, await ide.DocumentText.TextContentAsync());
        var highlighted = await ide.Highlights.AllTextContentsAsync();
        Assert.Equal(document.MentionSubstrings, highlighted);
        Assert.Equal(["Toyota", "東京", UiCorpus.DecomposedJoseMueller, "Zürich"], highlighted);
        var entityIds = await ide.Highlights.EvaluateAllAsync<string[]>("marks => marks.map(mark => mark.dataset.entityId)");
        Assert.Equal(document.Write.Mentions.Select(mention => mention.EntityId), entityIds);
        var classes = await ide.Highlights.EvaluateAllAsync<string[]>("marks => marks.map(mark => mark.className)");
        Assert.Equal(document.Write.Mentions.Select(mention => mention.Type), classes);
        Assert.Empty(ide.ConsoleErrors);
        Assert.Empty(ide.PageErrors);
    }

    [Fact]
    public async Task Clicking_a_highlight_opens_its_entity()
    {
        await using var ide = await IdeSession.OpenAsync(browser, app);
        await ide.OpenDocumentByIdAsync(UiCorpus.German.Id);

        await ide.Highlights.Nth(1).ClickAsync();
        await ide.Page.WaitForFunctionAsync("id => document.getElementById('detail').dataset.id === id", UiCorpus.Munich.Id);

        Assert.Equal("entity", await ide.Detail.GetAttributeAsync("data-view"));
        var aliases = await ide.Detail.Locator(".badge").AllTextContentsAsync();
        Assert.Contains("München · de · 2", aliases);
        Assert.Contains("Munich · en · 1", aliases);
        Assert.Empty(ide.PageErrors);
    }

    [Fact]
    public async Task An_unknown_document_id_shows_not_found()
    {
        await using var ide = await IdeSession.OpenAsync(browser, app);

        await ide.OpenDocumentByIdAsync("no-such-document", expectedView: "error");

        Assert.StartsWith("NOT_FOUND: ", await ide.Detail.Locator("pre.failed").TextContentAsync());
        Assert.Empty(ide.PageErrors);
    }

    /// <summary>The screenshot is kept in the test output folder (bin/.../screenshots) for a person to look at.</summary>
    [Fact]
    public async Task The_japanese_document_view_draws_cjk_glyphs_and_is_captured_in_a_screenshot()
    {
        var document = UiCorpus.Japanese;
        await using var ide = await IdeSession.OpenAsync(browser, app);
        await ide.OpenDocumentByIdAsync(document.Id);
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", "document-view-ja.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        var png = await ide.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        Assert.Equal(PngSignature, png[..PngSignature.Length]);
        Assert.Equal(png, await File.ReadAllBytesAsync(path));
        Assert.Equal(document.Text, await ide.DocumentText.TextContentAsync());
        Assert.Equal(["東京", "トヨタ"], await ide.Highlights.AllTextContentsAsync());
        Assert.True(await ide.DocumentText.IsVisibleAsync());
        Assert.False(await GlyphProbe.DrawsDistinctGlyphsAsync(ide.DocumentText, "\U0001E4D0", "\U0001E4D1"), "The probe must see two Nag Mundari letters (no font has them) as the same missing-glyph box.");
        Assert.True(await GlyphProbe.DrawsDistinctGlyphsAsync(ide.DocumentText, "東", "京"), "CJK renders as missing-glyph boxes: install fonts-noto-cjk.");
        Assert.True(await GlyphProbe.DrawsDistinctGlyphsAsync(ide.DocumentText, "ト", "ヨ"), "Katakana renders as missing-glyph boxes: install fonts-noto-cjk.");
        Assert.Empty(ide.ConsoleErrors);
    }
}
