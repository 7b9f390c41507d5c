using Microsoft.Playwright;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>
/// A page of the explorer (or GraphiQL) in a fresh browser context of the shared Chromium, with what went wrong in it
/// and the dialogs it opened. Waits on the state the explorer publishes (<c>main#view</c>'s data-view, data-id and
/// aria-busy; <c>#results</c>' data-search), never on fixed delays.
/// </summary>
public sealed class ExplorerSession : IAsyncDisposable
{
    /// <summary>A desktop window.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// <summary>A phone-sized window (iPhone 12-15 class).</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private const string WaitForViewScript =
        "([view, id]) => { const main = document.getElementById('view'); return main.dataset.view === view && main.dataset.id === id && main.getAttribute('aria-busy') === 'false'; }";

    private const string WaitForSearchScript =
        "key => { const list = document.getElementById('results'); return !!list && list.dataset.search === key && list.getAttribute('aria-busy') === 'false'; }";

    private readonly IBrowserContext _context;
    private readonly PageProblems _problems;
    private readonly List<string> _dialogs = [];
    private readonly List<string> _requests = [];

    private ExplorerSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        _problems = new PageProblems(page);
        page.Request += (_, request) =>
        {
            lock (_requests)
            {
                _requests.Add(request.Url);
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            lock (_dialogs)
            {
                _dialogs.Add(dialog.Message);
            }

            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors (failed loads and Content-Security-Policy violations included) and uncaught exceptions.</summary>
    public IReadOnlyList<string> Problems => _problems.All;

    /// <summary>Uncaught exceptions of the page's scripts only.</summary>
    public IReadOnlyList<string> PageErrors => _problems.PageErrors;

    /// <summary>The messages of every alert, confirm or prompt the page opened.</summary>
    public IReadOnlyList<string> Dialogs
    {
        get
        {
            lock (_dialogs)
            {
                return [.. _dialogs];
            }
        }
    }

    /// <summary>The address of every request the page made (workers' own requests included only as their script loads).</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The Content-Security-Policy the page itself was served with.</summary>
    public string ContentSecurityPolicy { get; private set; } = "";

    public ILocator View => Page.Locator("#view");

    /// <summary>Opens <paramref name="address"/> in a new context; for the explorer, waits until the route's view is shown.</summary>
    public static async Task<ExplorerSession> OpenAsync(ChromiumBrowser browser, Uri address, ViewportSize? viewport = null)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport ?? Desktop,
            Locale = "en-US",
            IsMobile = viewport == Phone,
            HasTouch = viewport == Phone,
        });
        var session = new ExplorerSession(context, await context.NewPageAsync());
        var response = await session.Page.GotoAsync(address.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is not { Status: 200 })
        {
            await session.DisposeAsync();
            throw new InvalidOperationException($"GET {address} answered {response?.Status.ToString() ?? "nothing"}.");
        }

        session.ContentSecurityPolicy = (await response.AllHeadersAsync()).GetValueOrDefault("content-security-policy", "");
        return session;
    }

    /// <summary>Waits until the explorer shows <paramref name="view"/> (search, entity, document, analyze, error) for <paramref name="id"/>.</summary>
    public Task WaitForViewAsync(string view, string id = "") => Page.WaitForFunctionAsync(WaitForViewScript, new[] { view, id });

    /// <summary>Types into the search box and waits until the list shows this search's answer (with the route's filters).</summary>
    public async Task SearchAsync(string text, string type = "", string language = "")
    {
        await Page.Locator("#search").FillAsync(text);
        await WaitForSearchAsync(text.Trim(), type, language);
    }

    /// <summary>Waits until the result list shows the answer for this search and filters.</summary>
    public Task WaitForSearchAsync(string text, string type = "", string language = "") =>
        Page.WaitForFunctionAsync(WaitForSearchScript, string.Join('|', text, type, language));

    /// <summary>Saves a full-page screenshot as screenshots/<paramref name="name"/>.png in the test output folder and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name, bool fullPage = true)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
