using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class GermanTaxIdRecognizerTests
{
    private readonly GermanTaxIdRecognizer recognizer = new();

    [Theory]
    [InlineData("Im Bescheid steht 86 095 742 719 oben rechts.", "86 095 742 719")]
    [InlineData("Im Bescheid steht 86095742719 oben rechts.", "86095742719")]
    [InlineData("Im Bescheid steht 29317458624 oben rechts.", "29317458624")]
    public void Finds_spaced_and_unbroken_numbers_above_the_redaction_floor_without_context(string text, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, "de", expected, PiiTypes.DeTaxId);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Fact]
    public void The_computed_example_is_the_one_check_digit_that_fits_its_ten_digits()
    {
        var validator = IdentifierValidators.Get("de-steuer-id");

        var fitting = Enumerable.Range(0, 10).Select(d => $"2931745862{d}").Where(validator.IsValid).ToList();

        Assert.Equal(["29317458624"], fitting);
    }

    [Theory]
    [InlineData("86 095 742 718")]
    [InlineData("86 095 742 729")]
    [InlineData("06 095 742 719")]
    [InlineData("8609574271")]
    [InlineData("860957427190")]
    [InlineData("86 095742 719")]
    public void Ignores_a_wrong_check_digit_a_leading_zero_a_wrong_length_or_grouping(string number) =>
        PiiAssert.None(recognizer, $"Im Bescheid steht {number} oben rechts.", "de");

    [Fact]
    public void A_context_word_raises_the_score()
    {
        var without = PiiAssert.Score(recognizer, "Im Bescheid steht 86 095 742 719 oben rechts.", "de", "86 095 742 719");
        var with = PiiAssert.Score(recognizer, "Meine Steuer-ID lautet 86 095 742 719.", "de", "86 095 742 719");

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Fact]
    public void The_letters_of_a_context_word_inside_another_word_do_not_count()
    {
        var without = PiiAssert.Score(recognizer, "Im Bescheid steht 86 095 742 719 oben rechts.", "de", "86 095 742 719");
        var inside = PiiAssert.Score(recognizer, "Nach dem Meeting mit Martin notierte sie 86 095 742 719.", "de", "86 095 742 719");

        Assert.Equal(without, inside);
    }

    [Theory]
    [InlineData("de", true)]
    [InlineData("en", false)]
    [InlineData("nl", false)]
    public void Runs_for_german_only(string language, bool supported) =>
        Assert.Equal(supported, recognizer.Supports(language));

    [Fact]
    public async Task The_redaction_profile_does_not_report_a_tax_id_in_an_english_text()
    {
        var found = await PiiAssert.RedactAsync("Her German Steuer-ID is 86 095 742 719.", "en");

        Assert.DoesNotContain(found, f => f.Type == PiiTypes.DeTaxId);
    }
}
