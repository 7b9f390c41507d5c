using EntityGraph.Text.Segmentation;

namespace EntityGraph.Ner.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Splits_on_terminal_punctuation_newlines_and_cjk_stops_but_not_abbreviations()
    {
        const string text = "Mr. Smith met Dr. Jones in the U.S. today. Then he left!\n東京に行きました。次に大阪へ。";
        var sentences = SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();
        Assert.Equal(
            ["Mr. Smith met Dr. Jones in the U.S. today.", "Then he left!", "東京に行きました。", "次に大阪へ。"],
            sentences);
    }
}
