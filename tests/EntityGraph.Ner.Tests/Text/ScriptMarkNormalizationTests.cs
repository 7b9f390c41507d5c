using EntityGraph.Text.Tokenization;

namespace EntityGraph.Ner.Tests.Text;

public sealed class ScriptMarkNormalizationTests
{
    private static readonly WordPieceVocabulary Vocabulary = new(
    [
        "[PAD]", "[UNK]", "[CLS]", "[SEP]", "कुमार", "कमार", "##ा", "राज", "ने", "munchen", "йод", "иод", "محمد", "مُحَمَّد",
    ]);

    [Fact]
    public void Keep_script_marks_keeps_devanagari_vowel_signs_and_still_folds_latin_and_cyrillic_accents()
    {
        var tokenizer = WordPieceNormalizations.CreateTokenizer(WordPieceNormalizations.UncasedKeepScriptMarks, Vocabulary);
        const string text = "राज कुमार ने Mu\u0308nchen йод مُحَمَّد";
        var encoded = new EncodedText();
        tokenizer.Encode(text, encoded);

        var tokens = encoded.Pieces.Select(p => Vocabulary.Tokens[p.Id]).ToArray();
        Assert.Equal(["राज", "कुमार", "ने", "munchen", "иод", "مُحَمَّد"], tokens);
        Assert.Equal(["राज", "कुमार", "ने", "Mu\u0308nchen", "йод", "مُحَمَّد"], encoded.Pieces.Select(p => text[p.Start..p.End]).ToArray());
    }

    [Fact]
    public void Bert_uncased_drops_every_mark_as_the_base_vocabulary_expects()
    {
        var tokenizer = WordPieceNormalizations.CreateTokenizer(WordPieceNormalizations.Uncased, Vocabulary);
        const string text = "कुमार محمد";
        var encoded = new EncodedText();
        tokenizer.Encode(text, encoded);

        Assert.Equal("कमार", Vocabulary.Tokens[encoded.Pieces[0].Id]);
        Assert.Equal("कुमार", text[encoded.Pieces[0].Start..encoded.Pieces[0].End]);
        Assert.Equal("محمد", Vocabulary.Tokens[encoded.Pieces[1].Id]);
    }

    [Fact]
    public void An_unknown_normalization_name_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => WordPieceNormalizations.CreateTokenizer("sentencepiece", Vocabulary));
        Assert.Contains("sentencepiece", error.Message);
    }
}
