using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;

namespace EntityGraph.Ui.Tests.Explorer;

/// <summary>The explorer's bar leads to GraphiQL and the review queue; the explorer's own policy allows no inline script or style.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class NavigationTests(ExplorerAppHost app, ChromiumBrowser browser)
{
    [Theory]
    [InlineData("review", "/graphql/review", "#reload")]
    [InlineData("graphiql", "/graphql/ui", "#graphiql")]
    public async Task The_bar_links_to_the_other_pages(string nav, string path, string landmark)
    {
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress());
        await session.WaitForViewAsync("search");
        Assert.Equal("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'", session.ContentSecurityPolicy);

        await session.Page.Locator($"#nav a[data-nav={nav}]").ClickAsync();
        await session.Page.Locator(landmark).WaitForAsync();

        Assert.Equal(path, new Uri(session.Page.Url).AbsolutePath);
        await session.Page.GoBackAsync();
        await session.WaitForViewAsync("search");
        Assert.Empty(session.PageErrors);
    }

    [Fact]
    public async Task An_unknown_route_says_so_and_links_back_to_search()
    {
        await using var session = await ExplorerSession.OpenAsync(browser, app.ExplorerAddress("#/nowhere"));
        await session.WaitForViewAsync("error", "/nowhere");

        Assert.Equal("NOT_FOUND", await session.Page.Locator("#error").GetAttributeAsync("data-code"));
        await session.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Back to search" }).ClickAsync();
        await session.WaitForViewAsync("search");
        Assert.Empty(session.Problems);
    }
}
