using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class UkNhsRecognizerTests
{
    private readonly UkNhsRecognizer recognizer = new();

    [Theory]
    [InlineData("The referral quotes 943 476 5919 twice.", "943 476 5919")]
    [InlineData("The referral quotes 943-476-5919 twice.", "943-476-5919")]
    [InlineData("The referral quotes 9434765919 twice.", "9434765919")]
    public void Finds_grouped_dashed_and_unbroken_numbers_above_the_redaction_floor_without_context(string text, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, "en", expected, PiiTypes.UkNhs);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("943 476 5918")]
    [InlineData("943 476 5910")]
    [InlineData("943 476 591")]
    [InlineData("943 476 59190")]
    [InlineData("943-476 5919")]
    public void Ignores_a_wrong_check_digit_length_or_grouping(string number) =>
        PiiAssert.None(recognizer, $"The referral quotes {number} twice.", "en");

    [Fact]
    public void Ignores_every_number_whose_check_digit_would_be_ten()
    {
        for (var check = 0; check <= 9; check++)
        {
            PiiAssert.None(recognizer, $"The referral quotes 943 476 596{check} twice.", "en");
        }
    }

    [Fact]
    public void A_context_word_raises_the_score()
    {
        var without = PiiAssert.Score(recognizer, "The referral quotes 943 476 5919 twice.", "en", "943 476 5919");
        var with = PiiAssert.Score(recognizer, "The patient's NHS number is 943 476 5919.", "en", "943 476 5919");

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("de", false)]
    [InlineData("hi", false)]
    public void Runs_for_english_only(string language, bool supported) =>
        Assert.Equal(supported, recognizer.Supports(language));

    [Fact]
    public async Task The_redaction_profile_does_not_report_an_nhs_number_in_a_german_text()
    {
        var found = await PiiAssert.RedactAsync("Die NHS-Nummer 943 476 5919 steht im Brief.", "de");

        Assert.DoesNotContain(found, f => f.Type == PiiTypes.UkNhs);
    }
}
