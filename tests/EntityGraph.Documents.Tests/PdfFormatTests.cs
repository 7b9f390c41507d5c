using EntityGraph.Documents.Tests.Fixtures;

namespace EntityGraph.Documents.Tests;

public sealed class PdfFormatTests
{
    private static readonly string[] PageTexts = PdfFixtures.ThreePageLines.Select(lines => string.Join('\n', lines)).ToArray();

    [Fact]
    public async Task ReadsEveryPageInOrderJoinedByBlankLines()
    {
        var document = await Read.SingleAsync(PdfFixtures.ThreePages(), "report.pdf");

        Assert.Equal(string.Join("\n\n", PageTexts), document.Text);
        Assert.Equal("pdf", document.Format);
        Assert.Equal("Annual Figures 2024", document.Title);
        Assert.Equal("3", document.Metadata["pages"]);
    }

    [Fact]
    public async Task KeepsAccentedLatinText()
    {
        var document = await Read.SingleAsync(PdfFixtures.ThreePages(), "report.pdf");

        Assert.Contains("Café crème brûlée, señora.\nÇa va très bien.", document.Text);
    }

    [Fact]
    public async Task PageStartsPointAtEachPagesFirstWord()
    {
        var document = await Read.SingleAsync(PdfFixtures.ThreePages(), "report.pdf");

        var starts = document.Metadata["pageStarts"].Split(',').Select(int.Parse).ToArray();

        Assert.Equal(3, starts.Length);
        Assert.Equal(0, starts[0]);
        for (var page = 0; page < starts.Length; page++)
        {
            Assert.Equal(PageTexts[page], document.Text.Substring(starts[page], PageTexts[page].Length));
        }

        Assert.Equal(PageTexts[0].Length + 2, starts[1]);
        Assert.StartsWith("Café", document.Text[starts[1]..]);
        Assert.StartsWith("Final", document.Text[starts[2]..]);
    }

    [Fact]
    public async Task WithoutInformationTitle_UsesTheFirstLine()
    {
        var document = await Read.SingleAsync(PdfFixtures.ThreePages(title: null), "untitled.pdf");

        Assert.Equal("Quarterly report", document.Title);
    }

    [Fact]
    public async Task EmptyPagesKeepTheirPlace()
    {
        var pdf = PdfFixtures.Build([["Page one."], [], ["Page three."]]);

        var document = await Read.SingleAsync(pdf, "gaps.pdf");

        Assert.Equal("Page one.\n\n\n\nPage three.", document.Text);
        Assert.Equal("0,11,13", document.Metadata["pageStarts"]);
    }

    [Fact]
    public async Task PdfWithoutText_IsEmptyText()
    {
        var error = await Read.FailureAsync(PdfFixtures.Build([[], []]), "scanned.pdf");

        Assert.Equal(DocumentErrorCodes.EmptyText, error.Code);
    }

    [Fact]
    public async Task TruncatedPdf_IsUnreadableWithPdfPigsReason()
    {
        var pdf = PdfFixtures.ThreePages();

        var error = await Read.FailureAsync(pdf[..(pdf.Length / 2)], "truncated.pdf");

        Assert.Equal(DocumentErrorCodes.FileUnreadable, error.Code);
        Assert.Contains("truncated.pdf", error.Message);
        Assert.NotNull(error.InnerException);
        Assert.Contains(error.InnerException.Message, error.Message);
    }

    [Fact]
    public async Task EncryptedPdf_IsUnreadable()
    {
        var error = await Read.FailureAsync(PdfFixtures.PasswordProtected(), "locked.pdf");

        Assert.Equal(DocumentErrorCodes.FileUnreadable, error.Code);
        Assert.Contains("encrypted", error.Message);
    }

    [Fact]
    public async Task NonPdfBytes_AreUnreadable()
    {
        var error = await Read.FailureAsync("just some text, not a PDF"u8.ToArray(), "fake.pdf");

        Assert.Equal(DocumentErrorCodes.FileUnreadable, error.Code);
    }

    [Fact]
    public async Task ZeroBytes_IsEmptyText()
    {
        var error = await Read.FailureAsync([], "zero.pdf");

        Assert.Equal(DocumentErrorCodes.EmptyText, error.Code);
    }

    [Fact]
    public async Task TextOverTheLimit_IsTooLarge()
    {
        var error = await Read.FailureAsync(PdfFixtures.ThreePages(), "report.pdf", new DocumentReadContext(MaxTextBytes: 40));

        Assert.Equal(DocumentErrorCodes.TextTooLarge, error.Code);
    }
}
