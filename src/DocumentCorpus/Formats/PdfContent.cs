using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EntityGraph.DocumentCorpus.Formats;

/// <summary>
/// .pdf files written with PdfPig's builder in Helvetica: one to three pages of one to three lines each (ASCII text in the
/// generated folder), a title in the information dictionary. <see cref="Build"/> is also what the format tests use.
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

    /// <summary>
    /// A PDF with the given pages, each a list of lines written top-down in Helvetica (Latin-1 text, accents included); a
    /// page without lines has no text.
    /// </summary>
    public static byte[] Build(IReadOnlyList<IReadOnlyList<string>> pages, string? title = null)
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

        return UseWinAnsiEncoding(builder.Build());
    }

    /// <summary>
    /// PdfPig 0.1.16's builder writes Latin-1 character codes for standard fonts but declares
    /// <c>/StandardEncoding</c>, under which é reads back as Ø. Declaring <c>/WinAnsiEncoding</c> (padded to the same
    /// length, so the cross-reference offsets stay valid) makes the file say what it holds.
    /// </summary>
    private static byte[] UseWinAnsiEncoding(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        const string declared = "/Encoding /StandardEncoding";
        const string actual = "/Encoding /WinAnsiEncoding ";
        return Encoding.Latin1.GetBytes(text.Replace(declared, actual, StringComparison.Ordinal));
    }
}
