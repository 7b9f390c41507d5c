using EntityGraph.Documents.Tests.Fixtures;

namespace EntityGraph.Documents.Tests;

public sealed class DocxFormatTests
{
    [Fact]
    public async Task ReadsParagraphsAndTablesButNotHeaders()
    {
        var document = await Read.SingleAsync(DocxFixtures.Report(), "summary.docx");

        Assert.Equal(
            "Status of Project Falcon\nOwner:\tJane Doe\nBerlin office\nName\tCity\tRole\nAnna Schmidt\tHamburg\tLead\nClosing remarks.",
            document.Text);
        Assert.DoesNotContain("Confidential", document.Text);
        Assert.Equal("docx", document.Format);
        Assert.Equal("Jane Doe", document.Metadata["author"]);
    }

    [Fact]
    public async Task TitleComesFromCoreProperties()
    {
        var document = await Read.SingleAsync(DocxFixtures.Report(), "summary.docx");

        Assert.Equal("Project Falcon Summary", document.Title);
    }

    [Fact]
    public async Task WithoutCoreTitle_UsesTheFirstParagraph()
    {
        var document = await Read.SingleAsync(DocxFixtures.Report(title: null), "summary.docx");

        Assert.Equal("Status of Project Falcon", document.Title);
    }

    [Fact]
    public async Task OnlyEmptyParagraphs_IsEmptyText()
    {
        var error = await Read.FailureAsync(DocxFixtures.Paragraphs("", "  "), "blank.docx");

        Assert.Equal(DocumentErrorCodes.EmptyText, error.Code);
    }

    [Fact]
    public async Task RandomBytes_AreUnreadable()
    {
        var bytes = new byte[2048];
        new Random(42).NextBytes(bytes);

        var error = await Read.FailureAsync(bytes, "random.docx");

        Assert.Equal(DocumentErrorCodes.FileUnreadable, error.Code);
        Assert.Contains("random.docx", error.Message);
    }

    [Fact]
    public async Task TruncatedDocx_IsUnreadable()
    {
        var docx = DocxFixtures.Report();

        var error = await Read.FailureAsync(docx[..(docx.Length / 2)], "cut.docx");

        Assert.Equal(DocumentErrorCodes.FileUnreadable, error.Code);
    }

    [Fact]
    public async Task ZeroBytes_IsEmptyText()
    {
        var error = await Read.FailureAsync([], "zero.docx");

        Assert.Equal(DocumentErrorCodes.EmptyText, error.Code);
    }
}
