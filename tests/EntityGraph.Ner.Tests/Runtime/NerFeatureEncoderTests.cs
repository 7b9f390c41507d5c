using EntityGraph.Ner.Encoding;
using EntityGraph.Text.Tokenization;

namespace EntityGraph.Ner.Tests.Runtime;

public sealed class NerFeatureEncoderTests
{
    [Theory]
    [InlineData(5, 16)]
    [InlineData(100, 16)]
    [InlineData(333, 40)]
    public void Windows_respect_the_length_limit_and_own_every_word_exactly_once(int wordCount, int maxLength)
    {
        var vocabulary = new WordPieceVocabulary(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "ab", "##c"]);
        var tokenizer = new WordPieceTokenizer(vocabulary);
        var text = string.Join(' ', Enumerable.Range(0, wordCount).Select(i => i % 3 == 0 ? "abc" : "ab"));
        var encoded = new EncodedText();
        tokenizer.Encode(text, encoded);

        var windows = NerFeatureEncoder.Encode(encoded, vocabulary, maxLength);
        var owned = new int[wordCount];
        foreach (var window in windows)
        {
            Assert.InRange(window.Length, 3, maxLength);
            Assert.Equal(vocabulary.ClsId, window.InputIds[0]);
            Assert.Equal(vocabulary.SepId, window.InputIds[^1]);
            for (var w = window.OwnedStart; w < window.OwnedEnd; w++)
            {
                owned[w]++;
                var position = window.FirstPieceOfWord[w - window.FirstWord];
                Assert.Equal(4, window.InputIds[position]);
            }
        }

        Assert.All(owned, count => Assert.Equal(1, count));
    }
}
