using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EntityGraph.Documents.Tests.Fixtures;

/// <summary>Builds PDFs with PdfPig's <see cref="PdfDocumentBuilder"/>.</summary>
internal static class PdfFixtures
{
    /// <summary>The lines of each page of <see cref="ThreePages"/>.</summary>
    public static readonly string[][] ThreePageLines =
    [
        ["Quarterly report", "Revenue grew in every region."],
        ["Café crème brûlée, señora.", "Ça va très bien."],
        ["Final page with closing remarks."],
    ];

    /// <summary>A three-page PDF (Helvetica) with a title in its information dictionary; page 2 holds accented text.</summary>
    public static byte[] ThreePages(string? title = "Annual Figures 2024") => Build(ThreePageLines, title);

    /// <summary>
    /// <see cref="ThreePages"/> with a standard security handler added to its trailer whose password entries match no
    /// password, as a PDF locked with a user password looks to a reader without it.
    /// </summary>
    public static byte[] PasswordProtected()
    {
        var text = Encoding.Latin1.GetString(ThreePages());
        var trailerEnd = text.LastIndexOf(">>", text.LastIndexOf("startxref", StringComparison.Ordinal), StringComparison.Ordinal);
        var encrypt = $" /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <{new string('A', 64)}> /U <{new string('B', 64)}> >> ";
        return Encoding.Latin1.GetBytes(text.Insert(trailerEnd, encrypt));
    }

    /// <summary>A PDF with the given pages, each a list of lines written top-down in Helvetica.</summary>
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
            var y = 760.0;
            foreach (var line in lines)
            {
                page.AddText(line, 12, new PdfPoint(56, y), font);
                y -= 24;
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
