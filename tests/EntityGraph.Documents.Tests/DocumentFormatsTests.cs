using EntityGraph.Documents.Formats;

namespace EntityGraph.Documents.Tests;

public sealed class DocumentFormatsTests
{
    [Theory]
    [InlineData("notes.txt", "text")]
    [InlineData("notes.text", "text")]
    [InlineData("README.md", "markdown")]
    [InlineData("guide.markdown", "markdown")]
    [InlineData("page.html", "html")]
    [InlineData("PAGE.HTM", "html")]
    [InlineData("mail.eml", "email")]
    [InlineData("Report.PDF", "pdf")]
    [InlineData("/var/data/letter.docx", "docx")]
    [InlineData("items.json", "json")]
    public void Find_ChoosesTheFormatByExtensionIgnoringCase(string fileName, string format)
    {
        Assert.Equal(format, DocumentFormats.Default.Find(fileName)?.Name);
    }

    [Theory]
    [InlineData("logo.png")]
    [InlineData("archive.tar.gz")]
    [InlineData("Makefile")]
    [InlineData("trailing.")]
    [InlineData("")]
    public void Find_ReturnsNullForUnsupportedNames(string fileName)
    {
        Assert.Null(DocumentFormats.Default.Find(fileName));
    }

    [Fact]
    public void Find_CoversEverySupportedExtension()
    {
        Assert.Equal(
            [".docx", ".eml", ".htm", ".html", ".json", ".markdown", ".md", ".pdf", ".text", ".txt"],
            DocumentFormats.Default.SupportedExtensions);
        foreach (var extension in DocumentFormats.Default.SupportedExtensions)
        {
            var format = DocumentFormats.Default.Find("file" + extension);
            Assert.NotNull(format);
            Assert.Contains(extension, format.Extensions);
        }
    }

    [Fact]
    public void Default_HasTheSevenFormats()
    {
        Assert.Equal(
            ["text", "markdown", "html", "email", "pdf", "docx", "json"],
            DocumentFormats.Default.Formats.Select(format => format.Name));
        Assert.IsType<PdfFormat>(DocumentFormats.Default.FindByName("pdf"));
        Assert.Null(DocumentFormats.Default.FindByName("rtf"));
    }

    [Fact]
    public void BadRegistrations_AreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => DocumentFormats.Default.Find(null!));
        Assert.Throws<ArgumentNullException>(() => new DocumentFormats(null!));
        Assert.Throws<ArgumentException>(() => new DocumentFormats([new TextFormat(), new TextFormat()]));
        Assert.Throws<ArgumentException>(() => new DocumentFormats([null!]));
    }
}
