using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class UkNinoRecognizerTests
{
    private readonly UkNinoRecognizer recognizer = new();

    [Theory]
    [InlineData("Her reference AB 12 34 56 C was on the payslip.", "AB 12 34 56 C")]
    [InlineData("Her reference AB123456C was on the payslip.", "AB123456C")]
    [InlineData("Her reference JG 10 37 42 D was on the payslip.", "JG 10 37 42 D")]
    public void Finds_spaced_and_unbroken_numbers_above_the_redaction_floor(string text, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, "en", expected, PiiTypes.UkNino);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("QQ 12 34 56 C")]
    [InlineData("GB 12 34 56 A")]
    [InlineData("BG 12 34 56 A")]
    [InlineData("NK 12 34 56 A")]
    [InlineData("KN 12 34 56 A")]
    [InlineData("TN 12 34 56 A")]
    [InlineData("NT 12 34 56 A")]
    [InlineData("ZZ 12 34 56 A")]
    [InlineData("DA 12 34 56 A")]
    [InlineData("FA 12 34 56 A")]
    [InlineData("IA 12 34 56 A")]
    [InlineData("UA 12 34 56 A")]
    [InlineData("VA 12 34 56 A")]
    [InlineData("AO 12 34 56 A")]
    [InlineData("AB 12 34 56 E")]
    [InlineData("AB 12 34 5 C")]
    public void Ignores_unallocated_prefixes_suffixes_and_lengths(string nino) =>
        PiiAssert.None(recognizer, $"Her reference {nino} was on the payslip.", "en");

    [Fact]
    public void A_context_word_raises_the_score()
    {
        var without = PiiAssert.Score(recognizer, "Her reference AB 12 34 56 C was on the payslip.", "en", "AB 12 34 56 C");
        var with = PiiAssert.Score(recognizer, "Her National Insurance number AB 12 34 56 C was on the payslip.", "en", "AB 12 34 56 C");

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("de", false)]
    [InlineData("fr", false)]
    public void Runs_for_english_only(string language, bool supported) =>
        Assert.Equal(supported, recognizer.Supports(language));

    [Fact]
    public async Task The_redaction_profile_does_not_report_a_nino_in_a_french_text()
    {
        var found = await PiiAssert.RedactAsync("Son numéro AB 12 34 56 C figure sur la fiche de paie.", "fr");

        Assert.DoesNotContain(found, f => f.Type == PiiTypes.UkNino);
    }
}
