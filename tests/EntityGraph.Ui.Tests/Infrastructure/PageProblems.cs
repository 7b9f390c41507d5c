using Microsoft.Playwright;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>What went wrong in a page: console messages of type error (failed loads included) and uncaught exceptions.</summary>
public sealed class PageProblems
{
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _pageErrors = [];

    public PageProblems(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_consoleErrors)
                {
                    _consoleErrors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_pageErrors)
            {
                _pageErrors.Add(error);
            }
        };
    }

    /// <summary>Console messages of type error, including the failed loads Chromium logs there.</summary>
    public IReadOnlyList<string> ConsoleErrors
    {
        get
        {
            lock (_consoleErrors)
            {
                return [.. _consoleErrors];
            }
        }
    }

    /// <summary>Uncaught exceptions of the page's script.</summary>
    public IReadOnlyList<string> PageErrors
    {
        get
        {
            lock (_pageErrors)
            {
                return [.. _pageErrors];
            }
        }
    }

    /// <summary>Both, console errors first.</summary>
    public IReadOnlyList<string> All => [.. ConsoleErrors, .. PageErrors];
}
