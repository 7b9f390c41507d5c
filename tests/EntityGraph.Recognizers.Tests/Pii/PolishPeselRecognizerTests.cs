using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class PolishPeselRecognizerTests
{
    private readonly PolishPeselRecognizer recognizer = new();

    [Theory]
    [InlineData("W formularzu wpisano 44051401359 na górze.", "44051401359")]
    [InlineData("W formularzu wpisano 02210501236 na górze.", "02210501236")]
    public void Finds_numbers_of_both_centuries_above_the_redaction_floor_without_context(string text, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, "pl", expected, PiiTypes.PlPesel);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Fact]
    public void The_computed_example_born_in_2002_has_the_one_check_digit_that_fits()
    {
        var validator = IdentifierValidators.Get("pl-pesel");

        var fitting = Enumerable.Range(0, 10).Select(d => $"0221050123{d}").Where(validator.IsValid).ToList();

        Assert.Equal(["02210501236"], fitting);
    }

    [Theory]
    [InlineData("44051401358")]
    [InlineData("44133101351")]
    [InlineData("4405140135")]
    [InlineData("440514013590")]
    public void Ignores_a_wrong_check_digit_date_or_length(string number) =>
        PiiAssert.None(recognizer, $"W formularzu wpisano {number} na górze.", "pl");

    [Fact]
    public void A_context_word_raises_the_score()
    {
        var without = PiiAssert.Score(recognizer, "W formularzu wpisano 44051401359 na górze.", "pl", "44051401359");
        var with = PiiAssert.Score(recognizer, "Mój PESEL to 44051401359.", "pl", "44051401359");

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Theory]
    [InlineData("pl", true)]
    [InlineData("en", false)]
    [InlineData("de", false)]
    public void Runs_for_polish_only(string language, bool supported) =>
        Assert.Equal(supported, recognizer.Supports(language));

    [Fact]
    public async Task The_redaction_profile_reports_a_pesel_in_a_polish_text_but_not_in_an_english_one()
    {
        Assert.Equal([("44051401359", PiiTypes.PlPesel)], await PiiAssert.RedactAsync("Mój PESEL to 44051401359.", "pl-PL"));
        Assert.DoesNotContain(await PiiAssert.RedactAsync("Her PESEL is 44051401359.", "en"), f => f.Type == PiiTypes.PlPesel);
    }
}
