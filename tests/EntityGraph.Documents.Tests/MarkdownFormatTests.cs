using System.Text;
using EntityGraph.Documents.Tests.Fixtures;

namespace EntityGraph.Documents.Tests;

public sealed class MarkdownFormatTests
{
    [Fact]
    public async Task KeepsMarkupAndTakesTheTitleWithoutHashes()
    {
        const string markdown = "\n## Release *notes* ##\n\n- item one\n- item two\n";

        var document = await Read.SingleAsync(Encoding.UTF8.GetBytes(markdown), "CHANGES.md");

        Assert.Equal(markdown, document.Text);
        Assert.Equal("Release *notes*", document.Title);
        Assert.Equal("markdown", document.Format);
        Assert.Equal("utf-8", document.Metadata["charset"]);
    }

    [Theory]
    [InlineData("# C#\nbody", "C#")]
    [InlineData("Plain first line\n===", "Plain first line")]
    [InlineData("#   Spaced   heading   \n", "Spaced heading")]
    public async Task TitleRules(string markdown, string title)
    {
        var document = await Read.SingleAsync(Encoding.UTF8.GetBytes(markdown), "doc.markdown");

        Assert.Equal(title, document.Title);
    }

    [Fact]
    public async Task Latin1Markdown_FallsBack()
    {
        byte[] bytes = [(byte)'#', (byte)' ', (byte)'R', (byte)'e', (byte)'s', (byte)'u', (byte)'m', 0xE9];

        var document = await Read.SingleAsync(bytes, "cv.md");

        Assert.Equal("Resumé", document.Title);
        Assert.Equal("iso-8859-1", document.Metadata["charset"]);
    }
}
