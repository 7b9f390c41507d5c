using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class SwedishPersonnummerRecognizerTests
{
    private readonly SwedishPersonnummerRecognizer recognizer = new();

    [Theory]
    [InlineData("På blanketten står 811218-9876 längst upp.", "811218-9876")]
    [InlineData("På blanketten står 811218+9876 längst upp.", "811218+9876")]
    [InlineData("På blanketten står 8112189876 längst upp.", "8112189876")]
    [InlineData("På blanketten står 19811218-9876 längst upp.", "19811218-9876")]
    [InlineData("På blanketten står 198112189876 längst upp.", "198112189876")]
    public void Finds_short_and_long_forms_with_and_without_separator_above_the_redaction_floor(string text, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, "sv", expected, PiiTypes.SePersonnummer);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("811218-9875")]
    [InlineData("811318-9876")]
    [InlineData("811218-987")]
    [InlineData("811218-98760")]
    public void Ignores_a_wrong_check_digit_date_or_length(string number) =>
        PiiAssert.None(recognizer, $"På blanketten står {number} längst upp.", "sv");

    [Fact]
    public void A_context_word_raises_the_score()
    {
        var without = PiiAssert.Score(recognizer, "På blanketten står 811218-9876 längst upp.", "sv", "811218-9876");
        var with = PiiAssert.Score(recognizer, "Mitt personnummer är 811218-9876.", "sv", "811218-9876");

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Theory]
    [InlineData("sv", true)]
    [InlineData("en", false)]
    [InlineData("da", false)]
    public void Runs_for_swedish_only(string language, bool supported) =>
        Assert.Equal(supported, recognizer.Supports(language));

    [Fact]
    public async Task The_redaction_profile_does_not_report_a_personnummer_in_an_english_text()
    {
        var found = await PiiAssert.RedactAsync("His Swedish personnummer is 811218-9876.", "en");

        Assert.DoesNotContain(found, f => f.Type == PiiTypes.SePersonnummer);
    }
}
