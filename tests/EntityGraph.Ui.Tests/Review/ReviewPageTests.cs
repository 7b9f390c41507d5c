using System.Text.Json;
using EntityGraph.Ui.Tests.Fixtures;
using EntityGraph.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EntityGraph.Ui.Tests.Review;

/// <summary>
/// The reviewer page in Chromium against the real API, grains and store: decisions by keyboard, a new span by selecting
/// text, progress and completion; every decision checked afterwards through GraphQL. Waits on the state the page publishes
/// (the queue's aria-busy and data-total, the body's data-busy and data-decided, the message's data-code), never on fixed
/// delays.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed class ReviewPageTests(ReviewAppHost app, ChromiumBrowser browser)
{
    private const string Mentions = "query($id: ID!) { document(id: $id) { reviewedBy mentions { text type status reviewedBy start end } } }";

    [Fact]
    public async Task Keys_accept_reject_and_retype_the_queue_then_complete_the_document()
    {
        await app.IngestAsync("ui-rev-1", "Veyra Motors hired Osric Pell in Tallinn.", ("Veyra Motors", "ORG", 0.9), ("Osric Pell", "PER", 0.88), ("Tallinn", "LOC", 0.86));
        await using var session = await OpenAsync("ui-rev-1");
        var page = session.Page;
        await WaitForQueueAsync(page, 3, 0);
        Assert.Equal("Veyra Motors · ORG", await page.Locator("#queue li.current div").First.TextContentAsync());
        Assert.Equal(3, await page.Locator("#document-text mark").CountAsync());

        await page.Keyboard.PressAsync("a");
        await WaitForQueueAsync(page, 2, 1);
        await page.Keyboard.PressAsync("r");
        await WaitForQueueAsync(page, 1, 2);
        await page.Locator("#type-choice").FillAsync("ORG");
        await page.Locator("#document-text").FocusAsync();
        await page.Keyboard.PressAsync("t");
        await WaitForQueueAsync(page, 0, 3);
        await page.Keyboard.PressAsync("c");
        await page.WaitForFunctionAsync("() => document.getElementById('document-text').dataset.reviewedBy === 'tester'");

        var document = (await app.QueryAsync(Mentions, new { id = "ui-rev-1" })).GetProperty("document");
        Assert.Equal("tester", document.GetProperty("reviewedBy").GetString());
        Assert.Equal(
            [("Veyra Motors", "ORG", "ACCEPTED", "tester"), ("Tallinn", "ORG", "CORRECTED", "tester")],
            document.GetProperty("mentions").EnumerateArray().Select(m => (Text(m, "text"), Text(m, "type"), Text(m, "status"), Text(m, "reviewedBy"))));
        Assert.Contains("3 decided this session · 0 in review", await page.Locator("#progress").TextContentAsync());
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Selecting_text_adds_a_mention_at_its_utf16_offsets()
    {
        const string text = "Zürich 🎉 hosted Lisbet Krogh and Aarhus Labs.";
        await app.IngestAsync("ui-rev-2", text, ("Lisbet Krogh", "PER", 0.9));
        await using var session = await OpenAsync("ui-rev-2");
        var page = session.Page;
        await WaitForQueueAsync(page, 1, 0);

        await page.Locator("#type-choice").FillAsync("ORG");
        await page.EvaluateAsync("() => document.activeElement.blur()");
        await page.EvaluateAsync("""
            () => {
              const view = document.getElementById('document-text');
              const node = [...view.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.textContent.includes('Aarhus Labs'));
              const at = node.textContent.indexOf('Aarhus Labs');
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + 'Aarhus Labs'.length);
              const selection = window.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
            }
            """);
        await page.Keyboard.PressAsync("n");
        await page.WaitForFunctionAsync("() => document.body.dataset.decided === '1' && document.body.dataset.busy === 'false'");

        var start = text.IndexOf("Aarhus Labs", StringComparison.Ordinal);
        var added = (await app.QueryAsync(Mentions, new { id = "ui-rev-2" })).GetProperty("document").GetProperty("mentions").EnumerateArray()
            .Single(m => Text(m, "status") == "ADDED");
        Assert.Equal(("Aarhus Labs", "ORG", start, start + 11), (Text(added, "text"), Text(added, "type"), added.GetProperty("start").GetInt32(), added.GetProperty("end").GetInt32()));
        Assert.Equal(2, await page.Locator("#document-text mark").CountAsync());
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Completing_too_early_shows_the_error_code_and_the_page_runs_under_a_strict_policy()
    {
        await app.IngestAsync("ui-rev-3", "Brannoc Hale visited Port Kessel.", ("Brannoc Hale", "PER", 0.9));
        await using var session = await OpenAsync("ui-rev-3");
        var page = session.Page;
        await WaitForQueueAsync(page, 1, 0);

        await page.Keyboard.PressAsync("c");
        await page.WaitForFunctionAsync("() => document.getElementById('message').dataset.code === 'INVALID_REVIEW'");

        Assert.Contains("still has 1 mention(s) in review", await page.Locator("#message").TextContentAsync());
        Assert.Contains("script-src 'self'", session.ContentSecurityPolicy);
        Assert.DoesNotContain("unsafe", session.ContentSecurityPolicy);
        Assert.Equal(JsonValueKind.Null, (await app.QueryAsync(Mentions, new { id = "ui-rev-3" })).GetProperty("document").GetProperty("reviewedBy").ValueKind);
        Assert.Empty(session.Problems);
    }

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();

    private static async Task WaitForQueueAsync(IPage page, int total, int decided)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "([total, decided]) => { const q = document.getElementById('queue'); return q.getAttribute('aria-busy') === 'false' && document.body.dataset.busy !== 'true' && q.dataset.total === String(total) && (document.body.dataset.decided || '0') === String(decided); }",
                new object[] { total, decided },
                new PageWaitForFunctionOptions { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            var shown = await page.EvaluateAsync<string>("() => `queue ${document.getElementById('queue').dataset.total}, ${document.getElementById('progress').textContent}, message: ${document.getElementById('message').textContent}`");
            throw new TimeoutException($"The page did not reach {total} in review with {decided} decided; it shows {shown}.");
        }
    }

    private async Task<ReviewSession> OpenAsync(string documentId)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var session = new ReviewSession(context, page);
        var response = await page.GotoAsync(app.ReviewAddress(documentId).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, response?.Status);
        session.ContentSecurityPolicy = (await response!.AllHeadersAsync()).GetValueOrDefault("content-security-policy", "");
        await page.Locator("#reviewer").FillAsync("tester");
        await page.Locator("#reviewer").DispatchEventAsync("change");
        await page.EvaluateAsync("() => document.activeElement.blur()");
        return session;
    }

    /// <summary>A browser context with the page and what went wrong in it.</summary>
    private sealed class ReviewSession(IBrowserContext context, IPage page) : IAsyncDisposable
    {
        private readonly PageProblems _problems = new(page);

        public IPage Page { get; } = page;

        public string ContentSecurityPolicy { get; set; } = "";

        public IReadOnlyList<string> Problems => _problems.All;

        public async ValueTask DisposeAsync() => await context.DisposeAsync();
    }
}
