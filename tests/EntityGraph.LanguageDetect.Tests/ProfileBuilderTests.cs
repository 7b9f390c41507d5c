using EntityGraph.LanguageDetect.Configuration;
using EntityGraph.LanguageDetect.ProfileBuilder;
using EntityGraph.LanguageDetect.ProfileBuilder.CommandLine;
using EntityGraph.LanguageDetect.ProfileBuilder.Corpus;
using EntityGraph.LanguageDetect.ProfileBuilder.Training;

namespace EntityGraph.LanguageDetect.Tests;

public sealed class ProfileBuilderTests
{
    private static readonly string[] English =
    [
        "the cat sat on the mat and looked at the garden",
        "we went to the market with our friends in the morning",
        "the weather was nice so they walked along the river",
        "she wrote a letter to her brother about the new house",
        "there is nothing better than a cup of tea in the evening",
        "the children played in the park until it was dark",
        "he said that the train would arrive at the station soon",
        "they have been working on the report for three weeks",
        "the old man told us a story about the war and the sea",
        "our teacher showed us how the machine works in practice",
    ];

    private static readonly string[] German =
    [
        "die katze sitzt auf der matte und schaut in den garten",
        "wir sind mit unseren freunden am morgen auf den markt gegangen",
        "das wetter war schön also gingen sie am fluss entlang",
        "sie schrieb ihrem bruder einen brief über das neue haus",
        "es gibt nichts besseres als eine tasse tee am abend",
        "die kinder spielten im park bis es dunkel wurde",
        "er sagte dass der zug bald am bahnhof ankommen würde",
        "sie arbeiten seit drei wochen an dem bericht",
        "der alte mann erzählte uns eine geschichte über den krieg",
        "unser lehrer zeigte uns wie die maschine in der praxis funktioniert",
    ];

    private static void WriteCorpus(string path, IEnumerable<string> sentences)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var lines = sentences.SelectMany(s => s.Split(' ').Select(t => t + "\tO").Append(""));
        File.WriteAllLines(path, lines);
    }

    private static TempDirectory TinyData()
    {
        var folder = new TempDirectory();
        WriteCorpus(folder.File("data", "en", "tiny.train.iob2"), English);
        WriteCorpus(folder.File("data", "en", "tiny.dev.iob2"), English.Take(3));
        WriteCorpus(folder.File("data", "de", "tiny.train.iob2"), German);
        return folder;
    }

    [Fact]
    public void Build_then_evaluate_on_a_tiny_corpus()
    {
        using var folder = TinyData();
        var profilePath = folder.File("out", "profiles.bin");
        var log = new StringWriter();

        var built = Commands.Run(["build", "--data", folder.File("data"), "--out", profilePath, "--top", "500"], log);
        var evaluated = Commands.Run(["evaluate", "--data", folder.File("data"), "--profiles", profilePath, "--min-chars", "10"], log);

        Assert.Equal(0, built);
        Assert.Equal(0, evaluated);
        Assert.Contains("model Latin: languages de en", log.ToString());
        Assert.Contains("last 10 % of tiny.train.iob2", log.ToString());
        Assert.Contains("overall (micro, all sentences): 4/4 = 100.00 %", log.ToString());
        var detector = new LanguageDetector(new LanguageDetectionOptions { ProfilePath = profilePath });
        Assert.Equal("de", detector.Detect("die kinder schrieben einen brief an den lehrer").Language);
        Assert.Equal("en", detector.Detect("the children wrote a letter to the teacher").Language);
    }

    [Fact]
    public void A_malformed_corpus_line_names_file_and_line_and_leaves_the_old_output()
    {
        using var folder = TinyData();
        File.AppendAllText(folder.File("data", "de", "tiny.train.iob2"), "this line has no tab\n");
        var profilePath = folder.File("profiles.bin");
        File.WriteAllText(profilePath, "previous profiles");

        var error = Assert.Throws<CorpusFormatException>(() =>
            Commands.Run(["build", "--data", folder.File("data"), "--out", profilePath], TextWriter.Null));

        var badLine = German.Sum(s => s.Split(' ').Length + 1) + 1;
        Assert.Contains($"tiny.train.iob2:{badLine}: expected 'token<TAB>tag'", error.Message);
        Assert.Equal("previous profiles", File.ReadAllText(profilePath));
    }

    [Theory]
    [InlineData(new[] { "build", "--data", "x" }, "--out")]
    [InlineData(new[] { "evaluate", "--data", "x", "--min-chars", "many" }, "--min-chars")]
    [InlineData(new[] { "evaluate", "--data", "x", "--colour", "blue" }, "--colour")]
    [InlineData(new[] { "train" }, "train")]
    [InlineData(new string[0], "No command")]
    public void Bad_command_lines_are_rejected_with_a_clear_message(string[] args, string expected)
    {
        var error = Assert.Throws<UsageException>(() => Commands.Run(args, TextWriter.Null));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_missing_data_folder_is_a_clear_error()
    {
        var error = Assert.Throws<CorpusFormatException>(() =>
            Commands.Run(["evaluate", "--data", "/nonexistent/ner"], TextWriter.Null));

        Assert.Contains("/nonexistent/ner", error.Message);
    }

    [Fact]
    public void A_language_without_dev_files_holds_out_its_last_sentences()
    {
        using var folder = TinyData();

        var corpora = CorpusLoader.Load(folder.File("data"), 0.2, null);

        var german = Assert.Single(corpora, c => c.Language == "de");
        Assert.Equal(German[..8], german.Train);
        Assert.Equal(German[8..], german.Evaluation);
        var english = Assert.Single(corpora, c => c.Language == "en");
        Assert.Equal(English, english.Train);
        Assert.Equal(English[..3], english.Evaluation);
    }

    [Fact]
    public void Chinese_and_japanese_tokens_are_joined_without_spaces()
    {
        using var folder = new TempDirectory();
        WriteCorpus(folder.File("zh", "a.train.iob2"), ["我 们 明 天 开 会"]);
        WriteCorpus(folder.File("nl", "a.train.iob2"), ["wij gaan morgen vergaderen"]);

        var corpora = CorpusLoader.Load(folder.Path, 0, null);

        Assert.Equal(["wij gaan morgen vergaderen"], corpora.Single(c => c.Language == "nl").Train);
        Assert.Equal(["我们明天开会"], corpora.Single(c => c.Language == "zh").Train);
    }

    [Theory]
    [InlineData("Ljubljana i Njegoš jedu džem", "Љубљана и Његош једу џем")]
    [InlineData("ĐAČKI DOM ćevapi LJUTO", "ЂАЧКИ ДОМ ћевапи ЉУТО")]
    [InlineData("qwxy 11", "qwxy 11")]
    public void Serbian_latin_is_transliterated_to_cyrillic(string latin, string cyrillic)
    {
        Assert.Equal(cyrillic, SerbianTransliterator.ToCyrillic(latin));
    }
}
