using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EntityGraph.DocumentCorpus.Formats;

/// <summary>
/// .pdf files written with PdfPig's builder in Helvetica: one to three pages of one to three lines each (ASCII text, as the
/// builder's standard fonts declare an encoding that accented letters do not survive), a title in the information
/// dictionary.
/// </summary>
public static class PdfContent
{
    /// <summary>A PDF whose text is its pages joined by blank lines, each page its lines joined by line breaks.</summary>
    public static GeneratedContent Make(TextMaker text, int number)
    {
        var title = text.Heading("Report", number);
        var pages = Enumerable.Range(0, text.Between(1, 3)).Select(_ => text.Lines(1, 3, TextRange.Ascii)).ToList();
        var bytes = Build(pages, title);
        return new GeneratedContent(bytes, string.Join("\n\n", pages.Select(lines => string.Join("\n", lines))), title, pages.Count);
    }

    /// <summary>A PDF with the given pages, each a list of lines written top-down; a page without lines has no text.</summary>
    public static byte[] Build(IReadOnlyList<IReadOnlyList<string>> pages, string? title)
    {
        var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }

        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 11, new PdfPoint(40, y), font);
                y -= 22;
            }
        }

        return builder.Build();
    }
}
