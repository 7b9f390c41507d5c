using System.Text;
using EntityGraph.PiiCorpus.Jsonl;

namespace EntityGraph.PiiCorpus.Tests;

/// <summary>Reading and writing corpus JSON Lines.</summary>
public sealed class JsonlTests
{
    private static readonly PiiDocument Sample = new(
        "de-0001", "de", "Grüße an Jürgen Müller, IBAN DE89 3704 0044 0532 0130 00.",
        [new PiiSpan(9, 22, PiiTypes.Person, "Jürgen Müller"), new PiiSpan(29, 56, PiiTypes.Iban, "DE89 3704 0044 0532 0130 00")],
        []);

    [Fact]
    public async Task WritesCamelCaseUtf8WithoutBomAndReadsBack()
    {
        using var stream = new MemoryStream();
        var count = await PiiCorpusJsonl.WriteAsync([Sample, Sample with { Id = "de-0002" }], stream, CancellationToken.None);
        Assert.Equal(2, count);
        var bytes = stream.ToArray();
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF);
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"id\":\"de-0001\",\"language\":\"de\",\"text\":\"Grüße an Jürgen Müller", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"entities\":[{\"start\":9,\"end\":22,\"type\":\"PERSON\",\"value\":\"Jürgen Müller\"}", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("\"decoys\":[]}", lines[0], StringComparison.Ordinal);

        var read = await PiiCorpusJsonl.ReadAsync(new StringReader(text), "mem", CancellationToken.None);
        Assert.Equal(2, read.Count);
        Assert.Equal(Sample.Text, read[0].Text);
        Assert.Equal(Sample.Entities, read[0].Entities);
    }

    [Theory]
    [InlineData("{\"id\":\"x\"", "not a corpus document")]
    [InlineData("{\"id\":\"x\",\"language\":\"en\",\"text\":\"abc\",\"entities\":[{\"start\":0,\"end\":2,\"type\":\"PERSON\",\"value\":\"ab\"}]}", "not a corpus document")]
    [InlineData("{\"id\":\"x\",\"language\":\"en\",\"text\":\"abc\",\"entities\":[{\"start\":0,\"end\":2,\"type\":\"PERSON\",\"value\":\"bc\"}],\"decoys\":[]}", "does not match")]
    public async Task MalformedLinesAreReportedWithTheirLineNumber(string badLine, string message)
    {
        var good = PiiCorpusJsonl.Serialize(Sample);
        var input = $"{good}\n\n{badLine}\n";
        var error = await Assert.ThrowsAsync<PiiCorpusDataException>(() => PiiCorpusJsonl.ReadAsync(new StringReader(input), "corpus.jsonl", CancellationToken.None));
        Assert.Equal(3, error.LineNumber);
        Assert.StartsWith("corpus.jsonl:3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
