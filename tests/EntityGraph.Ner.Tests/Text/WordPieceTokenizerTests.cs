using EntityGraph.Text.Tokenization;

namespace EntityGraph.Ner.Tests.Text;

public sealed class WordPieceTokenizerTests
{
    private static readonly WordPieceTokenizer Tokenizer = new(new WordPieceVocabulary(
    [
        "[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "cafe", "##s", "new", "york", "berlin", ",", ".", "$", "東", "京",
        "apple", "inc", "munchen", "un", "##believ", "##able", "zurich", "(", ")", "-",
    ]));

    [Fact]
    public void Pieces_point_at_the_original_characters_across_tabs_newlines_and_cjk()
    {
        const string text = "The\tcafés\nin 東京, New\u00A0York.";
        var encoded = new EncodedText();
        Tokenizer.Encode(text, encoded);

        var slices = encoded.Pieces.Select(p => text[p.Start..p.End]).ToArray();
        Assert.Equal(["The", "café", "s", "in", "東", "京", ",", "New", "York", "."], slices);
        Assert.Equal(Tokenizer.Vocabulary.UnknownId, encoded.Pieces[3].Id);
        Assert.Equal("##s", Tokenizer.Vocabulary.Tokens[encoded.Pieces[2].Id]);
    }

    [Fact]
    public void Accents_and_combining_marks_are_stripped_for_lookup_but_offsets_keep_them()
    {
        const string decomposed = "Mu\u0308nchen and Zu\u0308rich";
        var encoded = new EncodedText();
        Tokenizer.Encode(decomposed, encoded);

        Assert.Equal("munchen", Tokenizer.Vocabulary.Tokens[encoded.Pieces[0].Id]);
        Assert.Equal("Mu\u0308nchen", decomposed[encoded.Pieces[0].Start..encoded.Pieces[0].End]);
        Assert.Equal("Zu\u0308rich", decomposed[encoded.Pieces[^1].Start..encoded.Pieces[^1].End]);
    }

    [Fact]
    public void Symbols_and_emoji_that_other_tokenizers_drop_still_get_a_token_with_exact_offsets()
    {
        const string text = "Apple Inc. paid $5 € 😀 (unbelievable)";
        var encoded = new EncodedText();
        Tokenizer.Encode(text, encoded);

        var words = encoded.Words.Select(w => text[w.Start..w.End]).ToArray();
        Assert.Equal(["Apple", "Inc", ".", "paid", "$", "5", "€", "😀", "(", "unbelievable", ")"], words);
        var pieces = encoded.Pieces.Where(p => p.WordIndex == 9).Select(p => text[p.Start..p.End]).ToArray();
        Assert.Equal(["un", "believ", "able"], pieces);
        Assert.Equal("😀", text[encoded.Pieces[7].Start..encoded.Pieces[7].End]);
    }

    [Fact]
    public void Every_piece_of_random_mixed_text_is_a_non_empty_slice_inside_its_word()
    {
        var random = new Random(7);
        const string alphabet = "abcXYZ éü東京\t\n.,$€😀-()  Ωж";
        var encoded = new EncodedText();
        for (var round = 0; round < 200; round++)
        {
            var chars = new System.Text.StringBuilder();
            var length = random.Next(0, 60);
            while (chars.Length < length)
            {
                var index = random.Next(alphabet.Length);
                chars.Append(char.IsHighSurrogate(alphabet[index]) ? alphabet.Substring(index, 2) : char.IsLowSurrogate(alphabet[index]) ? "x" : alphabet[index].ToString());
            }

            var text = chars.ToString();
            Tokenizer.Encode(text, encoded);
            foreach (var piece in encoded.Pieces)
            {
                var word = encoded.Words[piece.WordIndex];
                Assert.InRange(piece.Start, word.Start, word.End - 1);
                Assert.InRange(piece.End, piece.Start + 1, word.End);
                Assert.False(string.IsNullOrWhiteSpace(text[piece.Start..piece.End]));
            }
        }
    }

    [Theory]
    [InlineData("berlin", CasingClass.Lower)]
    [InlineData("Berlin", CasingClass.Title)]
    [InlineData("NATO", CasingClass.Upper)]
    [InlineData("iPhone", CasingClass.Mixed)]
    [InlineData("A", CasingClass.Title)]
    [InlineData("2024", CasingClass.None)]
    [InlineData("東京", CasingClass.None)]
    public void Casing_classes(string word, CasingClass expected) => Assert.Equal(expected, Casing.Classify(word));
}
