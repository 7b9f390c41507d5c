using System.Text;

namespace EntityGraph.DocumentCorpus.Formats;

/// <summary>
/// .html pages with a title, a heading, paragraphs (one with inline markup), a list, and content a browser does not show
/// (style, script, a hidden paragraph, noscript). Odd numbers are ISO-8859-1 with a <c>&lt;meta charset&gt;</c>, even
/// numbers UTF-8.
/// </summary>
public static class HtmlContent
{
    /// <summary>A page; its text is one line per block element.</summary>
    public static GeneratedContent Make(TextMaker text, int number)
    {
        var latin1 = number % 2 == 1;
        var range = latin1 ? TextRange.Latin1 : TextRange.Unicode;
        var title = text.Heading("Page", number);
        var heading = text.Sentence(range);
        var paragraphs = text.Lines(1, 3, range);
        var items = text.Lines(2, 3, range);
        var organisation = text.Organisation();
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html><head><meta charset=\"").Append(latin1 ? "iso-8859-1" : "utf-8").Append("\">")
            .Append("<title>").Append(Escape(title)).Append("</title>")
            .Append("<style>p { margin: 0; }</style><script>var hidden = \"never shown\";</script></head>\n<body>\n")
            .Append("<h1>").Append(Escape(heading)).Append("</h1>\n");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(Escape(paragraph)).Append("</p>\n");
        }

        html.Append("<p>Prepared   by <b>").Append(Escape(organisation)).Append("</b>\n for <i>the board</i>.</p>\n<ul>");
        foreach (var item in items)
        {
            html.Append("<li>").Append(Escape(item)).Append("</li>");
        }

        html.Append("</ul>\n<p hidden>hidden paragraph</p><noscript>no script</noscript>\n</body></html>\n");
        var expected = string.Join("\n", new[] { heading }.Concat(paragraphs).Append($"Prepared by {organisation} for the board.").Concat(items));
        var bytes = (latin1 ? Encoding.Latin1 : Encoding.UTF8).GetBytes(html.ToString());
        return new GeneratedContent(bytes, expected, title);
    }

    private static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
