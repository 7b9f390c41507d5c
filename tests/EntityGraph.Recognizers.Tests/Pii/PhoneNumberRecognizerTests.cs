using EntityGraph.Recognizers.Context;
using EntityGraph.Recognizers.Pii;

namespace EntityGraph.Recognizers.Tests.Pii;

public sealed class PhoneNumberRecognizerTests
{
    private readonly PhoneNumberRecognizer recognizer = new();

    [Theory]
    [InlineData("You can reach the front desk at +1 650 253 0000 until six.", "en", "+1 650 253 0000")]
    [InlineData("You can reach the front desk at 020 7946 0958 until six.", "en", "020 7946 0958")]
    [InlineData("Die Zentrale erreichen Sie unter +49 30 901820 bis sechs.", "de", "+49 30 901820")]
    [InlineData("Die Zentrale erreichen Sie unter 030 901820 bis sechs.", "de", "030 901820")]
    [InlineData("Le standard répond au 01 42 68 53 00 jusqu'à six heures.", "fr", "01 42 68 53 00")]
    [InlineData("Le standard répond au +33 1 42 68 53 00 jusqu'à six heures.", "fr", "+33 1 42 68 53 00")]
    public void Finds_numbers_that_exist_in_international_and_national_form(string text, string language, string expected)
    {
        var found = PiiAssert.Single(recognizer, text, language, expected, PiiTypes.Phone);

        Assert.InRange(found.Confidence, PiiAssert.RedactionFloor, 1.0);
    }

    [Theory]
    [InlineData("Die Zentrale erreichen Sie unter +49 12 bis sechs.", "de")]
    [InlineData("You can reach the front desk at +1 555 0100 until six.", "en")]
    [InlineData("The order 2024 was shipped on 12.03.2024.", "en")]
    public void Ignores_numbers_libphonenumber_finds_invalid(string text, string language) =>
        PiiAssert.None(recognizer, text, language);

    [Theory]
    [InlineData("Die Zentrale erreichen Sie unter {0} bis sechs.", "Telefon: {0}", "de", "030 901820")]
    [InlineData("You can reach the front desk at {0} until six.", "Call the front desk at {0} until six.", "en", "020 7946 0958")]
    [InlineData("Le standard répond au {0} jusqu'à six heures.", "Son téléphone : {0}", "fr", "01 42 68 53 00")]
    public void A_context_word_of_the_language_raises_the_score(string plain, string withContext, string language, string number)
    {
        var without = PiiAssert.Score(recognizer, string.Format(plain, number), language, number);
        var with = PiiAssert.Score(recognizer, string.Format(withContext, number), language, number);

        Assert.True(with > without, $"{with} should exceed {without}");
        Assert.Equal(Math.Min(1.0, without + ContextWords.Boost), with, 4);
    }

    [Theory]
    [InlineData("The referral quotes 943 476 5919 twice.", "The patient's NHS number is 943 476 5919.")]
    [InlineData("The referral quotes 943 476 5919 twice.", "Her account number is 943 476 5919.")]
    public void The_word_number_alone_is_no_phone_context(string plain, string withNumber)
    {
        Assert.Equal(
            PiiAssert.Score(recognizer, plain, "en", "943 476 5919"),
            PiiAssert.Score(recognizer, withNumber, "en", "943 476 5919"));
    }
}
