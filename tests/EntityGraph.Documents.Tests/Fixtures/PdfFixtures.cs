using System.Text;
using EntityGraph.DocumentCorpus.Formats;

namespace EntityGraph.Documents.Tests.Fixtures;

/// <summary>PDFs for the format tests, built by the corpus generator's <see cref="PdfContent"/>.</summary>
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

    /// <summary>A PDF with the given pages, each a list of lines written top-down in Helvetica (the corpus generator's builder).</summary>
    public static byte[] Build(IReadOnlyList<IReadOnlyList<string>> pages, string? title = null) => PdfContent.Build(pages, title);
}
