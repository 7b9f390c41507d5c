using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Explorer;

/// <summary>
/// The README's screenshots: the explorer over the sample corpus of the README's first command, the most mentioned
/// entity with four neighbours or more with its graph and the first English document. They land in screenshots/readme-*.png in the test output
/// folder; docs/screenshots/ holds the copies the README shows.
/// </summary>
[Collection(SampleCorpusCollection.Name)]
public sealed class SampleCorpusScreenshotTests(SampleCorpusAppHost app, ChromiumBrowser browser)
{
    private const string Top = "{ entities(first: 10) { nodes { id canonicalName relatedEntities(first: 20) { entity { id } } } } }";

    [Fact]
    public async Task The_entity_page_with_its_graph_and_a_document_page_over_the_sample_corpus_are_captured()
    {
        Assert.Equal(18, app.DocumentCount);
        var entity = (await app.Client.QueryAsync(Top)).GetProperty("entities").GetProperty("nodes").EnumerateArray()
            .First(node => node.GetProperty("relatedEntities").GetArrayLength() >= 4);
        var entityId = entity.GetProperty("id").GetString()!;

        await using (var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress($"#/entity/{Uri.EscapeDataString(entityId)}")))
        {
            await session.WaitForViewAsync("entity", entityId);
            await session.Page.Locator("#graph[data-ready=true]").WaitForAsync();
            Assert.Equal(entity.GetProperty("canonicalName").GetString(), await session.Page.Locator("h1 .name").TextContentAsync());
            Assert.True(await session.Page.Locator("#neighbours li").CountAsync() >= 3);
            await session.ScreenshotAsync("readme-entity", fullPage: false);
            Assert.Empty(session.Problems);
        }

        await using (var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress("#/document/en-001")))
        {
            await session.WaitForViewAsync("document", "en-001");
            Assert.True(await session.Page.Locator(".doctext .mention").CountAsync() >= 3);
            await session.ScreenshotAsync("readme-document", fullPage: false);
            Assert.Empty(session.Problems);
        }
    }
}
