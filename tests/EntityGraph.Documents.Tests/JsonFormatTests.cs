using System.Text;
using EntityGraph.Documents.Tests.Fixtures;

namespace EntityGraph.Documents.Tests;

public sealed class JsonFormatTests
{
    [Fact]
    public async Task SingleObject_IsOneDocument()
    {
        const string json = """{"text": "Angela Merkel visited Paris.\r\nShe met Macron.", "title": "Visit", "language": "en", "id": 7}""";

        var document = await Read.SingleAsync(Encoding.UTF8.GetBytes(json), "doc.json");

        Assert.Equal("", document.Part);
        Assert.Equal("Angela Merkel visited Paris.\nShe met Macron.", document.Text);
        Assert.Equal("Visit", document.Title);
        Assert.Equal("json", document.Format);
        Assert.Equal("en", document.Metadata["language"]);
    }

    [Fact]
    public async Task Array_IsOneDocumentPerItemWithFailuresForBadItems()
    {
        const string json = """
            [
              {"text": "Erstes Dokument.", "language": "de"},
              {"title": "no text"},
              {"text": "   "},
              "not an object",
              {"text": "Third good one", "title": null}
            ]
            """;

        var result = await Read.BytesAsync(Encoding.UTF8.GetBytes(json), "batch.json");

        Assert.Equal(["item-1", "item-5"], result.Documents.Select(d => d.Part));
        Assert.Equal("Erstes Dokument.", result.Documents[0].Text);
        Assert.Equal("de", result.Documents[0].Metadata["language"]);
        Assert.Equal("Third good one", result.Documents[1].Title);
        Assert.False(result.Documents[1].Metadata.ContainsKey("language"));
        Assert.Equal(
            ["item-2:FILE_UNREADABLE", "item-3:EMPTY_TEXT", "item-4:FILE_UNREADABLE"],
            result.Failures.Select(f => $"{f.Part}:{f.Code}"));
    }

    [Theory]
    [InlineData("[]", DocumentErrorCodes.EmptyText)]
    [InlineData("[{\"text\": \"\"}]", DocumentErrorCodes.EmptyText)]
    [InlineData("42", DocumentErrorCodes.FileUnreadable)]
    [InlineData("{\"text\": 42}", DocumentErrorCodes.FileUnreadable)]
    [InlineData("{\"text\": \"ok\", \"language\": 1}", DocumentErrorCodes.FileUnreadable)]
    [InlineData("{\"text\": \"unterminated", DocumentErrorCodes.FileUnreadable)]
    public async Task BadFiles_FailWithACode(string json, string code)
    {
        var error = await Read.FailureAsync(Encoding.UTF8.GetBytes(json), "bad.json");

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task InvalidUtf8_IsInvalidUtf8()
    {
        byte[] bytes = [.. "{\"text\": \"caf"u8, 0xE9, .. "\"}"u8];

        var error = await Read.FailureAsync(bytes, "latin1.json");

        Assert.Equal(DocumentErrorCodes.InvalidUtf8, error.Code);
    }

    [Fact]
    public async Task TextOverTheLimit_IsTooLarge()
    {
        var error = await Read.FailureAsync("{\"text\": \"twelve bytes\"}"u8.ToArray(), "big.json", new DocumentReadContext(MaxTextBytes: 11));

        Assert.Equal(DocumentErrorCodes.TextTooLarge, error.Code);
    }
}
