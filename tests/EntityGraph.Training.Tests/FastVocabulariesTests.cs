using EntityGraph.Corpus;
using EntityGraph.Ner.Encoding;
using EntityGraph.Training.Fast;

namespace EntityGraph.Training.Tests;

public sealed class FastVocabulariesTests
{
    private static TextExample Example(string text) => new(text, [], "fixture", 1);

    [Fact]
    public void The_word_vocabulary_keeps_the_most_frequent_words_up_to_the_cap_and_counts_every_word()
    {
        TextExample[] examples = [Example("Berlin und Paris und Rom"), Example("und Paris , Wien"), Example("und 2024")];

        var (words, characters, counts) = FastVocabularies.Build(examples, minWordCount: 1, minCharCount: 1, maxWords: 4);

        Assert.Equal([SymbolVocabulary.Pad, SymbolVocabulary.Unknown, "und", "paris"], words.Symbols);
        Assert.Equal(4, counts["und"]);
        Assert.Equal(1, counts["0000"]);
        Assert.Equal(SymbolVocabulary.UnknownId, words.IdOf("wien"));
        Assert.NotEqual(SymbolVocabulary.UnknownId, characters.IdOf("W"));
    }

    [Fact]
    public void Words_below_the_minimum_count_stay_out_even_under_the_cap()
    {
        TextExample[] examples = [Example("Oslo Oslo Bergen")];

        var (words, _, _) = FastVocabularies.Build(examples, minWordCount: 2, minCharCount: 1, maxWords: 100);

        Assert.Equal([SymbolVocabulary.Pad, SymbolVocabulary.Unknown, "oslo"], words.Symbols);
    }
}
