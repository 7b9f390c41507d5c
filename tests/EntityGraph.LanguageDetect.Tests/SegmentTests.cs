namespace EntityGraph.LanguageDetect.Tests;

public sealed class SegmentTests
{
    private const string English =
        "The city council met on Tuesday evening to discuss the new budget. Most members agreed that the library needs more money for books.";

    private const string German =
        "Der Stadtrat hat am Dienstagabend über den neuen Haushalt beraten. Die meisten Mitglieder waren sich einig, dass die Bibliothek mehr Geld braucht.";

    private const string Russian =
        "Городской совет во вторник вечером обсуждал новый бюджет. Большинство депутатов согласились, что библиотеке нужно больше денег.";

    private readonly LanguageDetector _detector = LanguageDetector.Default;

    [Fact]
    public void Three_paragraphs_in_three_languages_give_three_segments()
    {
        var text = English + "\n\n" + German + "\n\n" + Russian + "\n";

        var segments = _detector.Segment(text);

        SegmentAssert.Tiles(text, segments);
        Assert.Equal(["en", "de", "ru"], segments.Select(s => s.Language));
        Assert.Equal(text.IndexOf(German, StringComparison.Ordinal), segments[1].Start);
        Assert.Equal(text.IndexOf(Russian, StringComparison.Ordinal), segments[2].Start);
        Assert.All(segments, s => Assert.True(s.Confidence > 0.7, $"{s.Language} confidence {s.Confidence}"));
    }

    [Fact]
    public void A_chinese_sentence_then_an_english_sentence_in_one_paragraph_are_split()
    {
        const string chinese = "昨天晚上我们在老城区散步，聊了聊工作和家庭。";
        const string english = "Yesterday evening we walked through the old town and talked about work.";
        var text = chinese + english;

        var segments = _detector.Segment(text);

        SegmentAssert.Tiles(text, segments);
        Assert.Equal(["zh", "en"], segments.Select(s => s.Language));
        Assert.Equal(chinese.Length, segments[1].Start);
    }

    [Fact]
    public void A_language_change_between_sentences_of_one_line_splits_it()
    {
        const string german = "Der Stadtrat hat am Dienstagabend über den neuen Haushalt beraten. ";
        const string french = "Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget.";
        var text = german + french;

        var segments = _detector.Segment(text);

        SegmentAssert.Tiles(text, segments);
        Assert.Equal(["de", "fr"], segments.Select(s => s.Language));
        Assert.Equal(german.Length, segments[1].Start);
    }

    [Fact]
    public void A_short_foreign_word_inside_a_paragraph_does_not_split_it()
    {
        const string text = "We met the mayor yesterday evening in the town hall. Danke. She thanked everyone for coming to the meeting.";

        var segments = _detector.Segment(text);

        var segment = Assert.Single(segments);
        Assert.Equal(new LanguageSegment(0, text.Length, "en", segment.Confidence), segment);
    }

    [Fact]
    public void Adjacent_paragraphs_of_one_language_merge()
    {
        var text = English + "\n\n" + "The mayor promised an answer before the end of the month, and the meeting closed at nine.\n";

        var segments = _detector.Segment(text);

        var segment = Assert.Single(segments);
        Assert.Equal("en", segment.Language);
        SegmentAssert.Tiles(text, segments);
    }

    [Fact]
    public void Headings_numbers_and_blank_lines_join_a_neighbour()
    {
        var text = "Kapitel 1\r\n\r\n" + German + "\r\n\r\n2024\r\n---\r\n" + English + "\r\n\r\n";

        var segments = _detector.Segment(text);

        SegmentAssert.Tiles(text, segments);
        Assert.Equal(["de", "en"], segments.Select(s => s.Language));
        Assert.True(segments[1].Start > text.IndexOf(German, StringComparison.Ordinal) + German.Length);
        Assert.True(segments[1].Start <= text.IndexOf(English, StringComparison.Ordinal));
    }

    [Fact]
    public void Text_without_letters_is_one_undetermined_segment()
    {
        const string text = "12345 !!!\n\n678";

        var segments = _detector.Segment(text);

        Assert.Equal([new LanguageSegment(0, text.Length, LanguageGuess.Undetermined, 0)], segments);
    }

    [Fact]
    public void Empty_text_has_no_segments()
    {
        Assert.Empty(_detector.Segment(""));
    }

    [Fact]
    public void Null_text_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => _detector.Segment(null!));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("\n")]
    [InlineData("Hello.\r\n\r\nBonjour.\n\n\n")]
    [InlineData("昨天。今天！明天？")]
    [InlineData("Dr. Smith went to Washington. He arrived at 9.30 a.m. and left...  Then?! \u2028Nothing.")]
    [InlineData("😀 emoji 👍 and surrogate 𠀀𠀁 characters 😀")]
    public void Segments_tile_any_text(string text)
    {
        SegmentAssert.Tiles(text, _detector.Segment(text));
    }

    [Fact]
    public void Segments_tile_a_long_mixed_document()
    {
        var parts = new[] { English, German, Russian, "昨天晚上我们在老城区散步。", "12 34", "", "Kapitel 2", English };
        var text = string.Join("\n", Enumerable.Range(0, 40).Select(i => parts[i % parts.Length]));

        var segments = _detector.Segment(text);

        SegmentAssert.Tiles(text, segments);
        Assert.Contains(segments, s => s.Language == "ru");
        Assert.Contains(segments, s => s.Language == "zh");
    }
}
