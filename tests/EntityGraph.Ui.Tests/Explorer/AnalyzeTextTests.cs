using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Explorer;

/// <summary>The analyze page runs extract live (the tiny casing model: ALL-CAPS words are ORG, Title-case ones PER).</summary>
[Collection(ExplorerCollection.Name)]
public sealed class AnalyzeTextTests(ExplorerAppHost app, ChromiumBrowser browser)
{
    private const string Extract = "mutation($text: String!, $language: String) { extract(text: $text, language: $language) { language usedFallback parts { modelId } entities { text type } } }";

    [Fact]
    public async Task Analyzing_a_text_highlights_what_extract_finds_with_the_language_model_and_fallback_flag()
    {
        const string text = "ACME hired Anna in the spring.";
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress());
        await session.WaitForViewAsync("search");
        var page = session.Page;

        await page.Locator("#nav a[data-nav=analyze]").ClickAsync();
        await session.WaitForViewAsync("analyze");
        await page.Locator("#analyze-text").FillAsync(text);
        await page.Locator("#analyze-language").FillAsync("en");
        await page.Locator("#analyze-text").PressAsync("Control+Enter");
        await page.Locator("#analysis[data-state=done]").WaitForAsync();

        var expected = (await app.Client.QueryAsync(Extract, new { text, language = "en" })).GetProperty("extract");
        var entities = expected.GetProperty("entities").EnumerateArray().Select(e => (e.GetProperty("text").GetString(), e.GetProperty("type").GetString())).ToArray();
        Assert.Equal([("ACME", "ORG"), ("Anna", "PER")], entities);
        var marks = page.Locator("#analysis .doctext mark");
        Assert.Equal(entities.Select(e => e.Item1), await marks.AllTextContentsAsync());
        Assert.Equal(entities.Select(e => "mention t-" + e.Item2), await marks.EvaluateAllAsync<string[]>("marks => marks.map(mark => mark.className)"));
        Assert.Equal(text, await page.Locator("#analysis .doctext").TextContentAsync());
        Assert.StartsWith("en (", await page.Locator("#analysis-language").TextContentAsync());
        Assert.Contains(expected.GetProperty("parts")[0].GetProperty("modelId").GetString()!, await page.Locator("#analysis-model").TextContentAsync());
        Assert.Equal(expected.GetProperty("usedFallback").GetBoolean() ? "true" : "false", await page.Locator("#analysis-fallback").GetAttributeAsync("data-fallback"));
        Assert.Equal("#/analyze", await page.EvaluateAsync<string>("() => location.hash"));
        await session.ScreenshotAsync("explorer-analyze");
        Assert.Empty(session.Problems);
    }
}
