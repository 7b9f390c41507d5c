using EntityGraph.Corpus;

namespace EntityGraph.Ner.Tests.Corpus;

public sealed class ConllReaderTests
{
    [Fact]
    public void Reads_tag_from_last_column_and_skips_docstart()
    {
        const string data = "-DOCSTART- -X- O O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\n\nPeter\tB-PER\nBlackburn\tI-PER\n";
        var sentences = ConllReader.Read(new StringReader(data), "mem.conll");
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["EU", "rejects", "German"], sentences[0].Tokens);
        Assert.Equal(["B-ORG", "O", "B-MISC"], sentences[0].Tags);
        Assert.Equal(["B-PER", "I-PER"], sentences[1].Tags);
    }

    [Fact]
    public void Converts_iob1_to_iob2()
    {
        const string data = "Peter I-PER\nBlackburn I-PER\nand O\nEU I-ORG\nUN B-ORG\n";
        var tags = ConllReader.Read(new StringReader(data), "iob1").Single().Tags;
        Assert.Equal(["B-PER", "I-PER", "O", "B-ORG", "B-ORG"], tags);
    }

    [Fact]
    public void Converts_bioes_to_iob2()
    {
        const string data = "New B-LOC\nYork E-LOC\nand O\nParis S-LOC\n";
        var tags = ConllReader.Read(new StringReader(data), "bioes").Single().Tags;
        Assert.Equal(["B-LOC", "I-LOC", "O", "B-LOC"], tags);
    }

    [Fact]
    public void Malformed_lines_name_file_and_line()
    {
        var error = Assert.Throws<CorpusFormatException>(() => ConllReader.Read(new StringReader("Peter B-PER\nBlackburn\n"), "bad.iob2"));
        Assert.Equal(2, error.LineNumber);
        Assert.StartsWith("bad.iob2:2:", error.Message);

        var badTag = Assert.Throws<CorpusFormatException>(() => ConllReader.Read(new StringReader("x O\n\ny PERSON\n"), "bad.iob2"));
        Assert.Equal(3, badTag.LineNumber);
    }
}
