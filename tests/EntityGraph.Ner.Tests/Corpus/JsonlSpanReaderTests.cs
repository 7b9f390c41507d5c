using EntityGraph.Corpus;

namespace EntityGraph.Ner.Tests.Corpus;

public sealed class JsonlSpanReaderTests
{
    [Fact]
    public void Reads_text_and_spans()
    {
        const string data = "{\"text\": \"Acme hired Anna.\", \"spans\": [{\"start\": 11, \"end\": 15, \"label\": \"PER\"}, {\"start\": 0, \"end\": 4, \"label\": \"ORG\"}]}\n";
        var example = JsonlSpanReader.Read(new StringReader(data), "x.jsonl").Single();
        Assert.Equal([new EntitySpan(0, 4, "ORG"), new EntitySpan(11, 15, "PER")], example.Entities);
    }

    [Theory]
    [InlineData("{\"text\": 3}", "string \"text\"")]
    [InlineData("not json", "invalid JSON")]
    [InlineData("{\"text\": \"abc\", \"spans\": [{\"start\": 2, \"end\": 9, \"label\": \"X\"}]}", "outside the text")]
    [InlineData("{\"text\": \"abcdef\", \"spans\": [{\"start\": 0, \"end\": 3, \"label\": \"X\"}, {\"start\": 2, \"end\": 4, \"label\": \"Y\"}]}", "overlap")]
    public void Malformed_lines_name_file_line_and_problem(string line, string problem)
    {
        var error = Assert.Throws<CorpusFormatException>(() => JsonlSpanReader.Read(new StringReader("\n" + line + "\n"), "f.jsonl"));
        Assert.Equal(2, error.LineNumber);
        Assert.Contains(problem, error.Message);
    }
}
