using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class CreditCardRecognizerTests
{
    private readonly CreditCardRecognizer recognizer = new();

    [Theory]
    [InlineData("She paid with 4111 1111 1111 1111 at the hotel.", "en", "4111 1111 1111 1111")]
    [InlineData("She paid with 4111-1111-1111-1111 at the hotel.", "en", "4111-1111-1111-1111")]
    [InlineData("She paid with 4111111111111111 at the hotel.", "en", "4111111111111111")]
    [InlineData("Sie bezahlte mit 5555 5555 5555 4444 im Hotel.", "de", "5555 5555 5555 4444")]
    [InlineData("Sie bezahlte mit 5555555555554444 im Hotel.", "de", "5555555555554444")]
    [InlineData("Elle a réglé avec 3782 822463 10005 à l'hôtel.", "fr", "3782 822463 10005")]
    [InlineData("Elle a réglé avec 3782-822463-10005 à l'hôtel.", "fr", "3782-822463-10005")]
    [InlineData("Elle a réglé avec 378282246310005 à l'hôtel.", "fr", "378282246310005")]
    public void Finds_valid_card_numbers_in_every_grouping_above_the_redaction_floor_without_context(string text, string language, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, language, expected, PiiTypes.CreditCard);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("5555 5555 5555 4445")]
    [InlineData("378282246310006")]
    [InlineData("4111-1111 1111 1111")]
    [InlineData("1234 5678 1234 5670")]
    [InlineData("411111111111116")]
    [InlineData("41111111111111110000")]
    public void Ignores_numbers_failing_luhn_the_issuers_length_or_a_consistent_grouping(string number) =>
        PiiAssert.None(recognizer, $"She paid with {number} at the hotel.", "en");

    [Theory]
    [InlineData("She paid with {0} at the hotel.", "She paid by credit card {0} at the hotel.", "en")]
    [InlineData("She paid with {0} at the hotel.", "Visa {0}, expiring soon.", "en")]
    [InlineData("Sie bezahlte mit {0} im Hotel.", "Ihre Kreditkartennummer ist {0}.", "de")]
    [InlineData("Elle a réglé avec {0} à l'hôtel.", "Numéro de carte bancaire : {0}.", "fr")]
    public void A_context_word_of_the_language_raises_the_score(string plain, string withContext, string language)
    {
        const string card = "4111 1111 1111 1111";

        var without = PiiAssert.Score(recognizer, string.Format(plain, card), language, card);
        var with = PiiAssert.Score(recognizer, string.Format(withContext, card), language, card);

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("pl")]
    [InlineData("")]
    public void Runs_for_every_language(string language) =>
        Assert.True(recognizer.Supports(language));
}
