using EntityGraph.Silo.Aliases;

namespace EntityGraph.Silo.Tests.Aliases;

public sealed class CsvRecordsTests
{
    [Fact]
    public void Parses_quotes_escaped_quotes_line_breaks_in_quotes_and_crlf()
    {
        var records = CsvRecords.Parse("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\r\nx,\"two\nlines\",z\nlast,,").ToList();

        Assert.Equal(3, records.Count);
        Assert.Equal(1, records[0].Line);
        Assert.Equal(["a", "b, c", "say \"hi\""], records[0].Fields);
        Assert.Equal(3, records[1].Line);
        Assert.Equal(["x", "two\nlines", "z"], records[1].Fields);
        Assert.Equal(5, records[2].Line);
        Assert.Equal(["last", "", ""], records[2].Fields);
    }

    [Fact]
    public void An_unclosed_quote_is_a_format_error_naming_its_line()
    {
        var error = Assert.Throws<FormatException>(() => CsvRecords.Parse("ok,row\n\"open,row\n").ToList());

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
