using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;
using EntityGraph.Recognizers.Validation;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class ItalianFiscalCodeRecognizerTests
{
    private readonly ItalianFiscalCodeRecognizer recognizer = new();

    [Theory]
    [InlineData("Il modulo riporta RSSMRA85T10A562S in alto.", "RSSMRA85T10A562S")]
    [InlineData("Il modulo riporta rssmra85t10a562s in alto.", "rssmra85t10a562s")]
    [InlineData("Il modulo riporta RSSMRA85T10A56NH in alto.", "RSSMRA85T10A56NH")]
    public void Finds_codes_in_either_case_and_with_omocodia_letters_above_the_redaction_floor(string text, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, "it", expected, PiiTypes.ItFiscalCode);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Fact]
    public void The_omocodia_example_has_the_one_control_letter_that_fits()
    {
        var validator = IdentifierValidators.Get("it-codice-fiscale");

        var fitting = Enumerable.Range('A', 26).Select(c => $"RSSMRA85T10A56N{(char)c}").Where(validator.IsValid).ToList();

        Assert.Equal(["RSSMRA85T10A56NH"], fitting);
    }

    [Theory]
    [InlineData("RSSMRA85T10A562T")]
    [InlineData("RSSMRA85Z10A562S")]
    [InlineData("RSSMRA85T10A562")]
    [InlineData("RSSMRA85T10A562SX")]
    public void Ignores_a_wrong_control_letter_month_letter_or_length(string code) =>
        PiiAssert.None(recognizer, $"Il modulo riporta {code} in alto.", "it");

    [Fact]
    public void A_context_word_raises_the_score()
    {
        var without = PiiAssert.Score(recognizer, "Il modulo riporta RSSMRA85T10A562S in alto.", "it", "RSSMRA85T10A562S");
        var with = PiiAssert.Score(recognizer, "Il suo codice fiscale è RSSMRA85T10A562S.", "it", "RSSMRA85T10A562S");

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Theory]
    [InlineData("it", true)]
    [InlineData("en", false)]
    [InlineData("es", false)]
    public void Runs_for_italian_only(string language, bool supported) =>
        Assert.Equal(supported, recognizer.Supports(language));

    [Fact]
    public async Task The_redaction_profile_does_not_report_a_fiscal_code_in_an_english_text()
    {
        var found = await PiiAssert.RedactAsync("His codice fiscale is RSSMRA85T10A562S.", "en");

        Assert.DoesNotContain(found, f => f.Type == PiiTypes.ItFiscalCode);
    }
}
