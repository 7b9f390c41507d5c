using EntityGraph.Storage;
using System.Text;
using EntityGraph.Silo.Ingestion;

namespace EntityGraph.Silo.Tests.Ingestion;

public sealed class TextFileDecoderTests
{
    [Fact]
    public void Utf8_text_decodes_and_a_bom_is_dropped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Grüße, 東京")];

        Assert.Equal("Grüße, 東京", TextFileDecoder.TryDecode(bytes, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void Invalid_utf8_is_reported()
    {
        byte[] latin1 = [.. Encoding.ASCII.GetBytes("caf"), 0xE9, .. Encoding.ASCII.GetBytes(" au lait")];

        Assert.Null(TextFileDecoder.TryDecode(latin1, out var error));
        Assert.Equal(ErrorCodes.InvalidUtf8, error!.Code);
        Assert.Contains("not valid UTF-8", error.Message);
    }

    [Fact]
    public void Binary_content_is_reported()
    {
        byte[] binary = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

        Assert.Null(TextFileDecoder.TryDecode(binary, out var error));
        Assert.Equal(ErrorCodes.BinaryFile, error!.Code);
        Assert.Contains("binary file", error.Message);
    }
}
