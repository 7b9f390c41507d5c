using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class IbanRecognizerTests
{
    private readonly IbanRecognizer recognizer = new();

    [Theory]
    [InlineData("Please wire the deposit to GB82 WEST 1234 5698 7654 32 by Friday.", "en", "GB82 WEST 1234 5698 7654 32")]
    [InlineData("Please wire the deposit to GB82WEST12345698765432 by Friday.", "en", "GB82WEST12345698765432")]
    [InlineData("Bitte überweisen Sie den Betrag bis Freitag auf DE89 3704 0044 0532 0130 00.", "de", "DE89 3704 0044 0532 0130 00")]
    [InlineData("Bitte überweisen Sie den Betrag bis Freitag auf DE89370400440532013000.", "de", "DE89370400440532013000")]
    [InlineData("Le loyer est versé sur FR14 2004 1010 0505 0001 3M02 606 chaque mois.", "fr", "FR14 2004 1010 0505 0001 3M02 606")]
    [InlineData("Le loyer est versé sur FR1420041010050500013M02606 chaque mois.", "fr", "FR1420041010050500013M02606")]
    public void Finds_valid_ibans_grouped_and_unbroken_above_the_redaction_floor_without_context(string text, string language, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, language, expected, PiiTypes.Iban);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("Please wire the deposit to GB82 WEST 1234 5698 7654 31 by Friday.")]
    [InlineData("Please wire the deposit to GB82 WEST 1234 5698 7654 33 by Friday.")]
    [InlineData("Please wire the deposit to DE88370400440532013000 by Friday.")]
    [InlineData("Please wire the deposit to DE89 3704 0044 0532 0130 0 by Friday.")]
    [InlineData("Please wire the deposit to XX89 3704 0044 0532 0130 00 by Friday.")]
    [InlineData("Please wire the deposit to FR1420041010050500013M02607 by Friday.")]
    [InlineData("The token GB82WEST12345698765432X is not an account.")]
    public void Ignores_altered_truncated_and_embedded_ibans(string text) =>
        PiiAssert.None(recognizer, text, "en");

    [Theory]
    [InlineData("DE54 3704 0044 0532 0130 001")]
    [InlineData("GB49WEST123456987654321")]
    public void Ignores_an_iban_too_long_for_its_country_even_when_its_checksum_holds(string iban)
    {
        Assert.Equal(1, Mod97(iban.Replace(" ", "", StringComparison.Ordinal)));

        PiiAssert.None(recognizer, $"Please wire the deposit to {iban} by Friday.", "en");
    }

    [Theory]
    [InlineData("Please wire the deposit to {0} by Friday.", "Our bank account for the deposit is {0}.", "en")]
    [InlineData("Please wire the deposit to {0} by Friday.", "IBAN: {0}", "en")]
    [InlineData("Bitte überweisen Sie den Betrag auf {0}.", "Unsere Kontonummer lautet {0}.", "de")]
    [InlineData("Le loyer est versé sur {0} chaque mois.", "Voici mon RIB : {0}", "fr")]
    public void A_context_word_of_the_language_raises_the_score(string plain, string withContext, string language)
    {
        const string iban = "DE89 3704 0044 0532 0130 00";

        var without = PiiAssert.Score(recognizer, string.Format(plain, iban), language, iban);
        var with = PiiAssert.Score(recognizer, string.Format(withContext, iban), language, iban);

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Fact]
    public void A_context_word_of_another_language_does_not_count()
    {
        const string text = "Unsere Kontonummer lautet DE89 3704 0044 0532 0130 00.";

        var german = PiiAssert.Score(recognizer, text, "de", "DE89 3704 0044 0532 0130 00");
        var english = PiiAssert.Score(recognizer, text, "en", "DE89 3704 0044 0532 0130 00");

        Assert.True(german > english, $"{german} should exceed {english}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("ja")]
    [InlineData("")]
    public void Runs_for_every_language(string language) =>
        Assert.True(recognizer.Supports(language));

    private static int Mod97(string iban)
    {
        var remainder = 0;
        foreach (var c in iban[4..] + iban[..4])
        {
            remainder = char.IsAsciiDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }
}
