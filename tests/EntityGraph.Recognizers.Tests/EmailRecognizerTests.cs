using EntityGraph.Recognizers.Patterns;

namespace EntityGraph.Recognizers.Tests;

public sealed class EmailRecognizerTests
{
    private readonly EmailRecognizer recognizer = new();

    [Theory]
    [InlineData("Write to jane.doe@example.com for details.", "en", "jane.doe@example.com")]
    [InlineData("Schreiben Sie an info@firma-muster.de, bitte.", "de", "info@firma-muster.de")]
    [InlineData("Contactez « support+fr@exemple.co.uk » demain.", "fr", "support+fr@exemple.co.uk")]
    [InlineData("Escribe a josé.garcía@correo.es hoy.", "es", "josé.garcía@correo.es")]
    [InlineData("Пишите на почта@пример.рф сегодня.", "ru", "почта@пример.рф")]
    [InlineData("请联系support@example.com获取帮助。", "zh", "support@example.com")]
    [InlineData("(mailto: first_last-1@sub.domain.io)", "en", "first_last-1@sub.domain.io")]
    public void Finds_the_address_without_surrounding_punctuation(string text, string language, string expected)
    {
        var match = MatchAssert.Single(recognizer, text, language, expected);

        Assert.Equal(PatternTypes.Email, match.Type);
        Assert.Equal(0.99, match.Confidence);
        Assert.Equal(EmailRecognizer.RecognizerName, match.Recognizer);
    }

    [Theory]
    [InlineData("Follow @example on social media.")]
    [InlineData("The ratio is a@b and nothing more.")]
    [InlineData("user@localhost is not routable.")]
    [InlineData("Price list at example.com only.")]
    public void Rejects_handles_and_hosts_without_a_domain(string text) =>
        MatchAssert.None(recognizer, text, "en");

    [Fact]
    public void Finds_several_addresses_in_order()
    {
        var texts = MatchAssert.Texts(recognizer, "a.b@x.org, c@y.net; d@z.com.", "en");

        Assert.Equal(["a.b@x.org", "c@y.net", "d@z.com"], texts);
    }
}
