using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EntityGraph.Documents.Internal;

/// <summary>Turns an HTML document into its visible text, one block element per line.</summary>
internal static class HtmlTextExtractor
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "canvas", "svg", "math",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "br",
    };

    /// <summary>Parses <paramref name="html"/> and returns its visible text and title.</summary>
    public static (string Text, string? Title) Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return Extract(document);
    }

    /// <summary>Returns the visible text of the document's body and its title (<c>&lt;title&gt;</c>, else the first <c>&lt;h1&gt;</c>).</summary>
    public static (string Text, string? Title) Extract(IDocument document)
    {
        var text = document.Body is null ? "" : VisibleText(document.Body);
        var title = TitleText.Clean(document.Title);
        if (title is null && document.QuerySelector("body h1") is { } heading)
        {
            title = TitleText.Clean(VisibleText(heading));
        }

        return (text, title);
    }

    /// <summary>The visible text of <paramref name="root"/> and its descendants.</summary>
    public static string VisibleText(INode root)
    {
        var writer = new TextLineWriter();
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        var preformatted = 0;
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText textNode)
            {
                if (preformatted > 0)
                {
                    writer.WritePreformatted(textNode.Data);
                }
                else
                {
                    writer.WriteCollapsed(textNode.Data);
                }

                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (leaving)
            {
                Leave(element, writer, ref preformatted);
                continue;
            }

            if (SkippedElements.Contains(element.LocalName) || element.HasAttribute("hidden"))
            {
                continue;
            }

            Enter(element, writer, ref preformatted);
            stack.Push((element, true));
            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((element.ChildNodes[i], false));
            }
        }

        return writer.ToString();
    }

    private static void Enter(IElement element, TextLineWriter writer, ref int preformatted)
    {
        if (element.LocalName is "td" or "th")
        {
            writer.SeparateCell();
        }
        else if (BlockElements.Contains(element.LocalName))
        {
            writer.BreakLine();
        }

        if (element.LocalName.Equals("pre", StringComparison.OrdinalIgnoreCase))
        {
            preformatted++;
        }
    }

    private static void Leave(IElement element, TextLineWriter writer, ref int preformatted)
    {
        if (BlockElements.Contains(element.LocalName))
        {
            writer.BreakLine();
        }

        if (element.LocalName.Equals("pre", StringComparison.OrdinalIgnoreCase))
        {
            preformatted--;
        }
    }
}
