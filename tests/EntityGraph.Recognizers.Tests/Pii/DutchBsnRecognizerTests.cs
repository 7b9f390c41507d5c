using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class DutchBsnRecognizerTests
{
    private readonly DutchBsnRecognizer recognizer = new();

    [Theory]
    [InlineData("Op het formulier staat 111222333 bovenaan.", "111222333")]
    [InlineData("Op het formulier staat 123456782 bovenaan.", "123456782")]
    [InlineData("Op het formulier staat 111.222.333 bovenaan.", "111.222.333")]
    [InlineData("Op het formulier staat 1112.22.333 bovenaan.", "1112.22.333")]
    public void Finds_unbroken_and_dotted_numbers_above_the_redaction_floor_without_context(string text, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, "nl", expected, PiiTypes.NlBsn);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("111222334")]
    [InlineData("123456789")]
    [InlineData("000000000")]
    [InlineData("11122233")]
    [InlineData("1112223330")]
    [InlineData("111.222.333.4")]
    public void Ignores_numbers_failing_the_eleven_test_or_of_another_length(string number) =>
        PiiAssert.None(recognizer, $"Op het formulier staat {number} bovenaan.", "nl");

    [Fact]
    public void A_context_word_raises_the_score()
    {
        var without = PiiAssert.Score(recognizer, "Op het formulier staat 111222333 bovenaan.", "nl", "111222333");
        var with = PiiAssert.Score(recognizer, "Mijn burgerservicenummer is 111222333.", "nl", "111222333");

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Theory]
    [InlineData("nl", true)]
    [InlineData("en", false)]
    [InlineData("de", false)]
    public void Runs_for_dutch_only(string language, bool supported) =>
        Assert.Equal(supported, recognizer.Supports(language));

    [Fact]
    public async Task The_redaction_profile_does_not_report_a_bsn_in_an_english_text()
    {
        var found = await PiiAssert.RedactAsync("Her Dutch BSN is 111222333.", "en");

        Assert.DoesNotContain(found, f => f.Type == PiiTypes.NlBsn);
    }
}
