using Microsoft.Playwright;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>
/// The IDE page open in a fresh browser context of the shared Chromium, with what the page logged. Waits on the state
/// the page publishes (the result pane's aria-busy, the entity list's data-search, the detail pane's data-view/data-id),
/// never on fixed delays.
/// </summary>
public sealed class IdeSession : IAsyncDisposable
{
    private const string WaitForDetailScript =
        "([view, id]) => { const detail = document.getElementById('detail'); return detail.dataset.view === view && detail.dataset.id === id; }";

    private const string WaitForSearchScript = "search => document.getElementById('entity-list').dataset.search === search";

    private readonly IBrowserContext _context;
    private readonly PageProblems _problems;

    private IdeSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        _problems = new PageProblems(page);
    }

    public IPage Page { get; }

    /// <summary>Console messages of type error, including the failed loads Chromium logs there.</summary>
    public IReadOnlyList<string> ConsoleErrors => _problems.ConsoleErrors;

    /// <summary>Uncaught exceptions of the page's script.</summary>
    public IReadOnlyList<string> PageErrors => _problems.PageErrors;

    public ILocator Query => Page.Locator("#query");

    public ILocator Variables => Page.Locator("#variables");

    public ILocator Result => Page.Locator("#result");

    public ILocator RunStatus => Page.Locator("#run-status");

    public ILocator SearchStatus => Page.Locator("#search-status");

    public ILocator EntityItems => Page.Locator("#entity-list > li");

    public ILocator Detail => Page.Locator("#detail");

    public ILocator DocumentText => Page.Locator("#detail .doctext");

    public ILocator Highlights => Page.Locator("#detail .doctext mark");

    public static async Task<IdeSession> OpenAsync(ChromiumBrowser browser, IdeAppHost app, CancellationToken cancellationToken = default)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-US",
        });
        var session = new IdeSession(context, await context.NewPageAsync());
        cancellationToken.ThrowIfCancellationRequested();
        var response = await session.Page.GotoAsync(app.IdeAddress.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is not { Status: 200 })
        {
            await session.DisposeAsync();
            throw new InvalidOperationException($"GET {app.IdeAddress} answered {response?.Status.ToString() ?? "nothing"}.");
        }

        return session;
    }

    /// <summary>Clicks Run and returns the result pane's text once this run's answer is shown.</summary>
    public async Task<string> RunAsync(CancellationToken cancellationToken = default)
    {
        await Page.RunAndWaitForResponseAsync(
            () => Page.Locator("#run").ClickAsync(),
            response => response.Request.Method == "POST" && new Uri(response.Url).AbsolutePath == "/graphql");
        cancellationToken.ThrowIfCancellationRequested();
        await Page.Locator("#result[aria-busy=\"false\"]").WaitForAsync();
        return await Result.TextContentAsync() ?? "";
    }

    /// <summary>Opens the Explore tab, types <paramref name="search"/> and waits until the list shows its answer.</summary>
    public async Task SearchEntitiesAsync(string search, CancellationToken cancellationToken = default)
    {
        await Page.Locator("#tab-explore").ClickAsync();
        await Page.Locator("#search").FillAsync(search);
        cancellationToken.ThrowIfCancellationRequested();
        await Page.WaitForFunctionAsync(WaitForSearchScript, search.Trim());
    }

    /// <summary>Clicks an entity of the search list and waits for its detail view.</summary>
    public async Task ShowEntityAsync(string entityId, CancellationToken cancellationToken = default)
    {
        await Page.Locator($"#entity-list > li[data-entity-id=\"{entityId}\"]").ClickAsync();
        cancellationToken.ThrowIfCancellationRequested();
        await WaitForDetailAsync("entity", entityId);
    }

    /// <summary>Clicks a document in the shown entity's document list and waits for the document view.</summary>
    public async Task OpenDocumentFromEntityAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await Page.Locator($"#detail li[data-document-id=\"{documentId}\"]").ClickAsync();
        cancellationToken.ThrowIfCancellationRequested();
        await WaitForDetailAsync("document", documentId);
    }

    /// <summary>Types a document id into the Explore tab's id box, presses Enter and waits for the view (<c>document</c> or <c>error</c>).</summary>
    public async Task OpenDocumentByIdAsync(string documentId, string expectedView = "document", CancellationToken cancellationToken = default)
    {
        await Page.Locator("#tab-explore").ClickAsync();
        var box = Page.Locator("#doc-id");
        await box.FillAsync(documentId);
        await box.PressAsync("Enter");
        cancellationToken.ThrowIfCancellationRequested();
        await WaitForDetailAsync(expectedView, documentId);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private Task WaitForDetailAsync(string view, string id) => Page.WaitForFunctionAsync(WaitForDetailScript, new[] { view, id });
}
