using EntityGraph.Corpus;
using EntityGraph.Text.Tokenization;
using EntityGraph.Training.Training;
using EntityGraph.Training.Vocabulary;

namespace EntityGraph.Training.Tests;

public sealed class VocabularyExtenderTests
{
    private static readonly string[] BaseTokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "-", "the", "city", "of", "##s", "москва"];

    private static TextExample Example(string text) => new(text, [], "fixture", 1);

    [Fact]
    public void Every_foreign_character_seen_twice_becomes_a_piece_so_nothing_in_the_training_text_is_unknown()
    {
        TextExample[] examples = [Example("東京 の 人口 の 人口"), Example("東京 と 大阪 と 大阪"), Example("Санкт-Петербург и Санкт-Петербург и"), Example("नई दिल्ली नई दिल्ली")];
        var tokens = VocabularyExtender.Extend(BaseTokens, examples, WordPieceNormalizations.UncasedKeepScriptMarks, 500);

        Assert.Equal(BaseTokens, tokens.Take(BaseTokens.Length));
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        var tokenizer = WordPieceNormalizations.CreateTokenizer(WordPieceNormalizations.UncasedKeepScriptMarks, new WordPieceVocabulary(tokens));
        var encoded = new EncodedText();
        foreach (var example in examples)
        {
            tokenizer.Encode(example.Text, encoded);
            Assert.DoesNotContain(encoded.Pieces, p => p.Id == tokenizer.Vocabulary.UnknownId);
        }

        var rare = new EncodedText();
        tokenizer.Encode("東京 の 鳥", rare);
        Assert.Equal(tokenizer.Vocabulary.UnknownId, rare.Pieces[^1].Id);
    }

    [Fact]
    public void Frequent_ngrams_are_added_after_characters_and_latin_words_are_left_to_the_base_vocabulary()
    {
        TextExample[] examples = [.. Enumerable.Repeat(Example("петербург петербург the cities"), 3)];
        var tokens = VocabularyExtender.Extend(BaseTokens, examples, WordPieceNormalizations.Uncased, 40);

        var added = tokens.Skip(BaseTokens.Length).ToList();
        Assert.Contains("п", added);
        Assert.Contains("##р", added);
        Assert.Contains(added, t => t.Length >= 4 && t.StartsWith("##", StringComparison.Ordinal));
        Assert.DoesNotContain(added, t => t.Contains('c') || t.Contains('t'));
        Assert.True(added.Count <= 40);
    }

    [Fact]
    public void The_epoch_sampler_draws_at_most_n_items_per_file_and_a_different_draw_each_epoch()
    {
        var items = Enumerable.Range(0, 30).Select(i => new TrainItem([i], [0], [0], Group: i < 20 ? 0 : 1)).ToList();

        var first = EpochSampler.Draw(items, 5, new Random(1));
        var second = EpochSampler.Draw(items, 5, new Random(2));

        Assert.Equal(10, first.Count);
        Assert.Equal(5, first.Count(i => i.Group == 0));
        Assert.NotEqual(first.Select(i => i.InputIds[0]).Order(), second.Select(i => i.InputIds[0]).Order());
        Assert.Same(items, EpochSampler.Draw(items, int.MaxValue, new Random(1)));
    }

    [Fact]
    public void The_epoch_sampler_can_take_another_limit_for_some_files()
    {
        var items = Enumerable.Range(0, 30).Select(i => new TrainItem([i], [0], [0], Group: i < 20 ? 0 : 1)).ToList();

        var drawn = EpochSampler.Draw(items, group => group == 0 ? 20 : 3, new Random(1));

        Assert.Equal(20, drawn.Count(i => i.Group == 0));
        Assert.Equal(3, drawn.Count(i => i.Group == 1));
    }

    [Fact]
    public void Auto_language_takes_each_file_language_from_its_folder()
    {
        var root = Directory.CreateTempSubdirectory("eg-corpus-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "ja"));
            Directory.CreateDirectory(Path.Combine(root.FullName, "de"));
            File.WriteAllText(Path.Combine(root.FullName, "ja", "a.train.iob2"), "東\tB-LOC\n京\tI-LOC\n\n");
            File.WriteAllText(Path.Combine(root.FullName, "de", "b.train.iob2"), "Anna\tB-PER\nlebt\tO\n\nBerlin\tB-LOC\n\n");

            var files = CorpusFile.Load([root.FullName], CorpusFile.AutoLanguage, maxPerFile: 1);

            Assert.Equal(["de", "ja"], files.Select(f => f.Language));
            Assert.Equal("Anna lebt", Assert.Single(files[0].Examples).Text);
            Assert.Equal("東京", Assert.Single(files[1].Examples).Text);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
