using EntityGraph.Storage;
using System.Text;
using EntityGraph.Grains;
using EntityGraph.Silo.Ingestion;

namespace EntityGraph.Silo.Tests.Ingestion;

public sealed class JsonlSourceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("entitygraph-jsonl-").FullName;

    [Fact]
    public async Task Every_line_becomes_a_document_or_its_own_error()
    {
        var path = Path.Combine(folder, "docs.jsonl");
        var content = new List<byte>();
        void Line(string text) => content.AddRange(Encoding.UTF8.GetBytes(text + "\n"));
        Line("{\"id\":\"a\",\"text\":\"ACME hired Anna.\",\"language\":\"en\",\"title\":\"T\",\"source\":\"s\",\"tags\":[\"x\"],\"extra\":1}");
        Line("   ");
        Line("{\"id\":\"b\",\"text\":");
        Line("{\"text\":\"no id\"}");
        Line("{\"id\":\"c\"}");
        content.AddRange([.. Encoding.UTF8.GetBytes("{\"id\":\"d\",\"text\":\"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\"}\r\n")]);
        Line("[1,2]");
        content.AddRange(Encoding.UTF8.GetBytes("{\"id\":\"e\",\"text\":\"last line without newline\"}"));
        await File.WriteAllBytesAsync(path, content.ToArray());

        var items = new List<SourceItem>();
        await foreach (var item in JsonlSource.ReadAsync(path))
        {
            items.Add(item);
        }

        Assert.Equal(
            [
                ($"{path}:1", (string?)null),
                ($"{path}:3", ErrorCodes.InvalidJson),
                ($"{path}:4", ErrorCodes.InvalidInput),
                ($"{path}:5", ErrorCodes.InvalidInput),
                ($"{path}:6", ErrorCodes.InvalidUtf8),
                ($"{path}:7", ErrorCodes.InvalidJson),
                ($"{path}:8", null),
            ],
            items.Select(i => (i.Origin, i.Error?.Code)));
        Assert.Equal(new DocumentInput("a", "ACME hired Anna.", "en", "T", "s", Origin: new DocumentOriginInput(Path.GetFullPath(path), "jsonl")), items[0].Document! with { Tags = null });
        Assert.Equal(["x"], items[0].Document!.Tags);
        Assert.Equal("last line without newline", items[^1].Document!.Text);
        Assert.Contains("no \"id\"", items[2].Error!.Message);
        Assert.Contains("no \"text\"", items[3].Error!.Message);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
