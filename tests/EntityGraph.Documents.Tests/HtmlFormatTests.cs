using System.Text;
using EntityGraph.Documents.Tests.Fixtures;

namespace EntityGraph.Documents.Tests;

public sealed class HtmlFormatTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>  The   Page Title </title>
        <style>.secret { color: red; }</style><script>var secretScript = 1;</script></head>
        <body><noscript>Enable JavaScript please</noscript><template><p>Template text</p></template>
        <h1>Main   heading</h1>
        <p>First paragraph with <b>bold</b> and
        <i>italic</i>   text.</p><div>Block one<br>after break</div>
        <ul><li>Item A</li><li>Item B</li></ul>
        <table><tr><th>Name</th><th>City</th></tr><tr><td>Anna</td><td>Hamburg</td></tr></table>
        <script>document.write('Injected by script')</script><style>p { margin: 0 }</style>
        <p hidden>Hidden paragraph</p><pre>
        line 1
          indented</pre><p>Caf&eacute; &amp; <span>more</span></p></body></html>
        """;

    [Fact]
    public async Task KeepsVisibleTextAsLinesAndDropsScriptsStylesNoscriptAndTemplates()
    {
        var document = await Read.SingleAsync(Encoding.UTF8.GetBytes(Page), "page.html");

        Assert.Equal(
            "Main heading\nFirst paragraph with bold and italic text.\nBlock one\nafter break\nItem A\nItem B\n"
            + "Name\tCity\nAnna\tHamburg\nline 1\n  indented\nCafé & more",
            document.Text);
        Assert.Equal("The Page Title", document.Title);
        Assert.Equal("html", document.Format);
        Assert.Equal("utf-8", document.Metadata["charset"]);
        foreach (var hidden in new[] { "secret", "Enable JavaScript", "Template text", "Injected", "Hidden paragraph", "margin" })
        {
            Assert.DoesNotContain(hidden, document.Text);
        }
    }

    [Fact]
    public async Task WithoutTitleElement_UsesTheFirstH1()
    {
        const string html = "<html><body><p>Intro</p><h1> First <em>big</em> heading </h1><h1>Second</h1></body></html>";

        var document = await Read.SingleAsync(Encoding.UTF8.GetBytes(html), "index.htm");

        Assert.Equal("First big heading", document.Title);
        Assert.Equal("Intro\nFirst big heading\nSecond", document.Text);
    }

    [Fact]
    public async Task Latin1WithoutDeclaration_FallsBackToLatin1()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><body><p>café crème</p></body></html>");

        var document = await Read.SingleAsync(bytes, "menu.html");

        Assert.Equal("café crème", document.Text);
        Assert.Equal("iso-8859-1", document.Metadata["charset"]);
    }

    [Fact]
    public async Task MetaCharsetDeclaration_IsHonouredForNonUtf8Bytes()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>na\u00efve</body></html>");

        var document = await Read.SingleAsync(bytes, "old.html");

        Assert.Equal("naïve", document.Text);
        Assert.Equal("windows-1252", document.Metadata["charset"]);
    }

    [Fact]
    public async Task BodyWithoutText_IsEmptyText()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><title>Only a title</title></head><body><script>x()</script></body></html>");

        var error = await Read.FailureAsync(bytes, "empty.html");

        Assert.Equal(DocumentErrorCodes.EmptyText, error.Code);
    }

    [Fact]
    public async Task BinaryBytes_AreBinary()
    {
        var error = await Read.FailureAsync([0x00, 0xFF, 0x00, 0x13, 0x37, 0x00, 0x01], "image.html");

        Assert.Equal(DocumentErrorCodes.BinaryFile, error.Code);
    }
}
