using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class FrenchNirRecognizerTests
{
    private readonly FrenchNirRecognizer recognizer = new();

    [Theory]
    [InlineData("Le dossier porte le 1 84 12 76 451 089 46 en haut.", "1 84 12 76 451 089 46")]
    [InlineData("Le dossier porte le 184127645108946 en haut.", "184127645108946")]
    [InlineData("Le dossier porte le 2 69 05 49 588 157 80 en haut.", "2 69 05 49 588 157 80")]
    [InlineData("Le dossier porte le 2 69 05 2A 588 157 17 en haut.", "2 69 05 2A 588 157 17")]
    public void Finds_spaced_and_unbroken_numbers_and_corsican_ones_above_the_redaction_floor(string text, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, "fr", expected, PiiTypes.FrNir);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("1 84 12 76 451 089 47")]
    [InlineData("1 84 12 76 451 088 46")]
    [InlineData("3 84 12 76 451 089 46")]
    [InlineData("2 69 05 2B 588 157 17")]
    [InlineData("1 84 12 76 451 089 4")]
    [InlineData("1 84 12 76 451089 46")]
    public void Ignores_a_wrong_key_sex_department_length_or_grouping(string number) =>
        PiiAssert.None(recognizer, $"Le dossier porte le {number} en haut.", "fr");

    [Fact]
    public void A_context_word_raises_the_score()
    {
        var without = PiiAssert.Score(recognizer, "Le dossier porte le 1 84 12 76 451 089 46 en haut.", "fr", "1 84 12 76 451 089 46");
        var with = PiiAssert.Score(recognizer, "Son numéro de sécurité sociale est 1 84 12 76 451 089 46.", "fr", "1 84 12 76 451 089 46");

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Theory]
    [InlineData("fr", true)]
    [InlineData("en", false)]
    [InlineData("de", false)]
    public void Runs_for_french_only(string language, bool supported) =>
        Assert.Equal(supported, recognizer.Supports(language));

    [Fact]
    public async Task The_redaction_profile_does_not_report_a_nir_in_an_english_text()
    {
        var found = await PiiAssert.RedactAsync("His French social security number is 1 84 12 76 451 089 46.", "en");

        Assert.DoesNotContain(found, f => f.Type == PiiTypes.FrNir);
    }
}
