using System.Text;
using EntityGraph.Documents.Tests.Fixtures;

namespace EntityGraph.Documents.Tests;

public sealed class TextFormatTests
{
    [Fact]
    public async Task Utf8WithoutBom_IsReadAsUtf8WithNormalisedLineBreaks()
    {
        var document = await Read.SingleAsync(Encoding.UTF8.GetBytes("\r\n  Héllo wörld  \r\nSecond line\rThird"), "notes.txt");

        Assert.Equal("\n  Héllo wörld  \nSecond line\nThird", document.Text);
        Assert.Equal("Héllo wörld", document.Title);
        Assert.Equal("text", document.Format);
        Assert.Equal("", document.Part);
        Assert.Null(document.ParentPart);
        Assert.Equal("utf-8", document.Metadata["charset"]);
        Assert.False(document.Metadata.ContainsKey("bom"));
    }

    [Fact]
    public async Task Utf8WithBom_DropsTheBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Grüße aus Köln")];

        var document = await Read.SingleAsync(bytes, "greeting.text");

        Assert.Equal("Grüße aus Köln", document.Text);
        Assert.Equal("utf-8", document.Metadata["charset"]);
        Assert.Equal("true", document.Metadata["bom"]);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public async Task Utf16WithBom_IsDecoded(bool bigEndian, string charset)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Zürich – 東京\nline two")];

        var document = await Read.SingleAsync(bytes, "cities.txt");

        Assert.Equal("Zürich – 東京\nline two", document.Text);
        Assert.Equal(charset, document.Metadata["charset"]);
        Assert.Equal("true", document.Metadata["bom"]);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public async Task Utf16WithoutBom_IsRecognisedByAlternatingNulBytes(bool bigEndian, string charset)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("Plain ASCII mostly, café.");

        var document = await Read.SingleAsync(bytes, "legacy.txt");

        Assert.Equal("Plain ASCII mostly, café.", document.Text);
        Assert.Equal(charset, document.Metadata["charset"]);
        Assert.False(document.Metadata.ContainsKey("bom"));
    }

    [Fact]
    public async Task InvalidUtf8WithoutBom_FallsBackToLatin1()
    {
        byte[] bytes = [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', (byte)'a', (byte)'u', (byte)' ', (byte)'l', (byte)'a', (byte)'i', (byte)'t'];

        var document = await Read.SingleAsync(bytes, "menu.txt");

        Assert.Equal("café au lait", document.Text);
        Assert.Equal("iso-8859-1", document.Metadata["charset"]);
    }

    [Fact]
    public async Task Utf8BomFollowedByInvalidUtf8_IsInvalidUtf8()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'c', (byte)'a', (byte)'f', 0xE9];

        var error = await Read.FailureAsync(bytes, "broken.txt");

        Assert.Equal(DocumentErrorCodes.InvalidUtf8, error.Code);
        Assert.Contains("broken.txt", error.Message);
    }

    [Fact]
    public async Task NulBytes_AreBinary()
    {
        byte[] bytes = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3E, 0x00, 0x01];

        var error = await Read.FailureAsync(bytes, "program.txt");

        Assert.Equal(DocumentErrorCodes.BinaryFile, error.Code);
    }

    [Fact]
    public async Task ManyControlCharacters_AreBinary()
    {
        byte[] bytes = [.. "header"u8, 0x01, 0x02, 0x03, 0x1B, 0x07, 0x08, 0x0E, 0x0F, .. "tail"u8];

        var error = await Read.FailureAsync(bytes, "data.txt");

        Assert.Equal(DocumentErrorCodes.BinaryFile, error.Code);
    }

    [Fact]
    public async Task RandomBytes_AreBinary()
    {
        var bytes = new byte[4096];
        new Random(1234).NextBytes(bytes);

        var error = await Read.FailureAsync(bytes, "random.txt");

        Assert.Equal(DocumentErrorCodes.BinaryFile, error.Code);
    }

    [Fact]
    public async Task ZeroBytes_IsEmptyText()
    {
        var error = await Read.FailureAsync([], "empty.txt");

        Assert.Equal(DocumentErrorCodes.EmptyText, error.Code);
    }

    [Fact]
    public async Task WhitespaceOnly_IsEmptyText()
    {
        var error = await Read.FailureAsync(" \r\n\t \n"u8.ToArray(), "blank.txt");

        Assert.Equal(DocumentErrorCodes.EmptyText, error.Code);
    }

    [Fact]
    public async Task TextOverTheLimitInUtf8Bytes_IsTooLarge()
    {
        var bytes = Encoding.UTF8.GetBytes("café");

        var fits = await Read.SingleAsync(bytes, "small.txt", new DocumentReadContext(MaxTextBytes: 5));
        var error = await Read.FailureAsync(bytes, "small.txt", new DocumentReadContext(MaxTextBytes: 4));

        Assert.Equal("café", fits.Text);
        Assert.Equal(DocumentErrorCodes.TextTooLarge, error.Code);
    }

    [Fact]
    public async Task LongFirstLine_IsCutTo200CharactersForTheTitle()
    {
        var line = new string('x', 300);

        var document = await Read.SingleAsync(Encoding.UTF8.GetBytes("\n\n" + line + "\nrest"), "long.txt");

        Assert.Equal(new string('x', 200), document.Title);
    }

    [Fact]
    public async Task ReadsFromTheStreamsCurrentPosition()
    {
        using var stream = new MemoryStream("SKIPPED|kept text"u8.ToArray());
        stream.Position = 8;

        var result = await DocumentFormats.Default.Find("a.txt")!.ReadAsync(stream, "a.txt", Read.Context, CancellationToken.None);

        Assert.Equal("kept text", Assert.Single(result.Documents).Text);
    }
}
