using EntityGraph.Ner.Encoding;
using EntityGraph.Ner.Models;
using EntityGraph.Text.Tokenization;

namespace EntityGraph.Ner.Tests.Runtime;

public sealed class WordFeatureEncoderTests
{
    private static readonly SymbolVocabulary Words = new([SymbolVocabulary.Pad, SymbolVocabulary.Unknown, "acme", "in", "0000", "."]);
    private static readonly SymbolVocabulary Characters = new([SymbolVocabulary.Pad, SymbolVocabulary.Unknown, "A", "c", "m", "e", "😀"]);

    [Fact]
    public void Words_are_lower_cased_with_digits_mapped_to_zero_and_characters_keep_case()
    {
        const string text = "ACME in 2024 Zürich 😀.";
        var words = PreTokenizer.Split(text);
        var chunk = Assert.Single(new WordFeatureEncoder(Words, Characters, Features(20, 100)).Encode(text, words));

        Assert.Equal([2L, 3, 4, SymbolVocabulary.UnknownId, SymbolVocabulary.UnknownId, 5], chunk.WordIds);
        Assert.Equal(words.Select(w => (long)w.Casing), chunk.CasingIds);
        Assert.Equal(6, chunk.CharWidth);
        Assert.Equal([2L, 1, 1, 1, 0, 0], chunk.CharIds.Take(6));
        Assert.Equal([6L, 0, 0, 0, 0, 0], chunk.CharIds.Skip(4 * 6).Take(6));
    }

    [Fact]
    public void Single_ideographs_see_their_neighbours_characters_when_context_is_on()
    {
        const string text = "東京AB株式会社";
        var words = PreTokenizer.Split(text);
        var characters = new SymbolVocabulary([SymbolVocabulary.Pad, SymbolVocabulary.Unknown, "東", "京", "A", "B", "株", "式", "会", "社"]);

        var plain = Assert.Single(new WordFeatureEncoder(Words, characters, Features(20, 100)).Encode(text, words));
        var context = Assert.Single(new WordFeatureEncoder(Words, characters, Features(20, 100) with { ContextCharacters = 1 }).Encode(text, words));

        Assert.Equal(["東", "京", "AB", "株", "式", "会", "社"], words.Select(w => text.Substring(w.Start, w.Length)));
        Assert.Equal(2, plain.CharWidth);
        Assert.Equal(3, context.CharWidth);
        Assert.Equal([2L, 3, 0], context.CharIds.Take(3));
        Assert.Equal([2L, 3, 4], context.CharIds.Skip(3).Take(3));
        Assert.Equal([4L, 5, 0], context.CharIds.Skip(6).Take(3));
        Assert.Equal([5L, 6, 7], context.CharIds.Skip(9).Take(3));
        Assert.Equal([8L, 9, 0], context.CharIds.Skip(18).Take(3));
        Assert.Equal(plain.WordIds, context.WordIds);
    }

    [Fact]
    public void Long_words_keep_their_first_and_last_characters()
    {
        var runes = WordNormalizer.ClippedRunes("abcdefghij", 6);
        Assert.Equal("abchij", string.Concat(runes.Select(r => r.ToString())));
    }

    [Fact]
    public void Chunks_of_a_long_sentence_overlap_and_own_every_word_exactly_once()
    {
        var text = string.Join(' ', Enumerable.Range(0, 95).Select(i => "w" + i));
        var chunks = new WordFeatureEncoder(Words, Characters, Features(20, 20)).Encode(text, PreTokenizer.Split(text));

        Assert.True(chunks.Count > 5);
        Assert.All(chunks, c => Assert.InRange(c.Length, 1, 20));
        Assert.Equal(0, chunks[0].OwnedStart);
        Assert.Equal(95, chunks[^1].OwnedEnd);
        for (var i = 1; i < chunks.Count; i++)
        {
            Assert.Equal(chunks[i - 1].OwnedEnd, chunks[i].OwnedStart);
            Assert.True(chunks[i].FirstWord < chunks[i - 1].FirstWord + chunks[i - 1].Length, "neighbouring chunks overlap");
        }

        Assert.All(chunks, c => Assert.True(c.FirstWord <= c.OwnedStart && c.OwnedEnd <= c.FirstWord + c.Length));
    }

    [Fact]
    public void A_vocabulary_file_must_start_with_padding_and_unknown()
    {
        Assert.Throws<InvalidDataException>(() => new SymbolVocabulary(["the", "a"]));
        Assert.Throws<InvalidDataException>(() => new SymbolVocabulary([SymbolVocabulary.Pad, SymbolVocabulary.Unknown, "a", "a"]));
        var built = SymbolVocabulary.Build(new Dictionary<string, int> { ["b"] = 1, ["a"] = 3, ["c"] = 3 }, minCount: 2);
        Assert.Equal([SymbolVocabulary.Pad, SymbolVocabulary.Unknown, "a", "c"], built.Symbols);
    }

    private static WordFeatureConfig Features(int maxWordCharacters, int maxSequenceWords) =>
        new() { MaxWordCharacters = maxWordCharacters, MaxSequenceWords = maxSequenceWords };
}
