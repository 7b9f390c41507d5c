using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Ide;

[Collection(IdeCollection.Name)]
public sealed class EntitySearchTests(IdeAppHost app, ChromiumBrowser browser)
{
    [Theory]
    [InlineData("MUNCHEN")]
    [InlineData("munchen")]
    [InlineData("MÜNCHEN")]
    [InlineData("Münch")]
    public async Task Searching_an_alias_in_another_case_or_without_accents_lists_the_entity(string search)
    {
        await using var ide = await IdeSession.OpenAsync(browser, app);

        await ide.SearchEntitiesAsync(search);

        var item = Assert.Single(await ide.EntityItems.AllAsync());
        Assert.Equal(UiCorpus.Munich.Id, await item.GetAttributeAsync("data-entity-id"));
        Assert.Equal("München", await item.Locator("strong").TextContentAsync());
        Assert.Equal("3 mentions in 2 documents · Munich (en)", await item.Locator(".small").TextContentAsync());
        Assert.Equal("1 entity", await ide.SearchStatus.TextContentAsync());
        Assert.Empty(ide.ConsoleErrors);
        Assert.Empty(ide.PageErrors);
    }

    [Fact]
    public async Task Searching_a_cjk_name_lists_the_entity_and_clicking_it_shows_its_documents()
    {
        await using var ide = await IdeSession.OpenAsync(browser, app);

        await ide.SearchEntitiesAsync("東京");
        var item = Assert.Single(await ide.EntityItems.AllAsync());
        Assert.Equal(UiCorpus.Tokyo.Id, await item.GetAttributeAsync("data-entity-id"));
        await ide.ShowEntityAsync(UiCorpus.Tokyo.Id);

        Assert.Equal("LOC東京", await ide.Detail.Locator("h2").TextContentAsync());
        var documents = await ide.Detail.Locator("li[data-document-id]").EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.documentId)");
        Assert.Equal([UiCorpus.Japanese.Id, UiCorpus.Mixed.Id], documents.Order());
        Assert.Empty(ide.ConsoleErrors);
        Assert.Empty(ide.PageErrors);
    }

    [Fact]
    public async Task An_alias_differing_from_the_canonical_name_only_in_unicode_normalization_is_not_listed_as_another_name()
    {
        await using var ide = await IdeSession.OpenAsync(browser, app);

        await ide.SearchEntitiesAsync("jose muller");

        var item = Assert.Single(await ide.EntityItems.AllAsync());
        Assert.Equal(UiCorpus.Mueller.Id, await item.GetAttributeAsync("data-entity-id"));
        Assert.Equal("José Müller", await item.Locator("strong").TextContentAsync());
        Assert.Equal("1 mention in 1 document", await item.Locator(".small").TextContentAsync());
        Assert.Empty(ide.PageErrors);
    }

    [Fact]
    public async Task A_search_matching_nothing_shows_an_empty_list()
    {
        await using var ide = await IdeSession.OpenAsync(browser, app);

        await ide.SearchEntitiesAsync("Atlantis");

        Assert.Equal(0, await ide.EntityItems.CountAsync());
        Assert.Equal("0 entities", await ide.SearchStatus.TextContentAsync());
        Assert.Empty(ide.ConsoleErrors);
    }
}
