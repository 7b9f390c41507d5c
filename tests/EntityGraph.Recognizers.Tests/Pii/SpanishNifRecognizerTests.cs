using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class SpanishNifRecognizerTests
{
    private readonly SpanishNifRecognizer recognizer = new();

    [Theory]
    [InlineData("El inquilino firmó con el 12345678Z ayer.", "12345678Z")]
    [InlineData("El inquilino firmó con el 12345678-Z ayer.", "12345678-Z")]
    [InlineData("El inquilino firmó con el 12345678 Z ayer.", "12345678 Z")]
    [InlineData("El inquilino firmó con el X1234567L ayer.", "X1234567L")]
    [InlineData("El inquilino firmó con el X-1234567-L ayer.", "X-1234567-L")]
    [InlineData("El inquilino firmó con el Y1234567X ayer.", "Y1234567X")]
    public void Finds_dni_and_nie_numbers_in_their_written_forms_above_the_redaction_floor(string text, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, "es", expected, PiiTypes.EsNif);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("12345678A")]
    [InlineData("12345679Z")]
    [InlineData("X1234567A")]
    [InlineData("Z1234567L")]
    [InlineData("1234567Z")]
    [InlineData("123456789Z")]
    public void Ignores_a_wrong_control_letter_or_length(string number) =>
        PiiAssert.None(recognizer, $"El inquilino firmó con el {number} ayer.", "es");

    [Fact]
    public void A_context_word_raises_the_score()
    {
        var without = PiiAssert.Score(recognizer, "El inquilino firmó con el 12345678Z ayer.", "es", "12345678Z");
        var with = PiiAssert.Score(recognizer, "Su DNI es 12345678Z.", "es", "12345678Z");

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Theory]
    [InlineData("es", true)]
    [InlineData("en", false)]
    [InlineData("pt", false)]
    public void Runs_for_spanish_only(string language, bool supported) =>
        Assert.Equal(supported, recognizer.Supports(language));

    [Fact]
    public async Task The_redaction_profile_does_not_report_a_nif_in_an_english_text()
    {
        var found = await PiiAssert.RedactAsync("The tenant signed with DNI 12345678Z yesterday.", "en");

        Assert.DoesNotContain(found, f => f.Type == PiiTypes.EsNif);
    }
}
