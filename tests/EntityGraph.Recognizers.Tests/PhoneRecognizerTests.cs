using EntityGraph.Recognizers.Patterns;

namespace EntityGraph.Recognizers.Tests;

public sealed class PhoneRecognizerTests
{
    private readonly PhoneRecognizer recognizer = new();

    [Theory]
    [InlineData("Call +1 (555) 123-4567 today.", "en", "+1 (555) 123-4567")]
    [InlineData("Phone: +44 20 7946 0958.", "en", "+44 20 7946 0958")]
    [InlineData("Tel. +44 (0)20 7946 0958", "en", "+44 (0)20 7946 0958")]
    [InlineData("Rufen Sie +49 30 1234567 an.", "de", "+49 30 1234567")]
    [InlineData("Appelez le +33 1 23 45 67 89 demain.", "fr", "+33 1 23 45 67 89")]
    [InlineData("Звоните +7 495 123-45-67.", "ru", "+7 495 123-45-67")]
    [InlineData("Reach us at +14155552671.", "en", "+14155552671")]
    [InlineData("Hotline (+49) 30 123456 rund um die Uhr", "de", "(+49) 30 123456")]
    public void Finds_international_numbers(string text, string language, string expected)
    {
        var match = MatchAssert.Single(recognizer, text, language, expected);

        Assert.Equal(PatternTypes.Phone, match.Type);
        Assert.True(match.Confidence >= 0.85);
    }

    [Theory]
    [InlineData("Call (555) 123-4567 now.", "en", "(555) 123-4567")]
    [InlineData("Call 555-123-4567 now.", "en", "555-123-4567")]
    [InlineData("Call 555.123.4567 now.", "en", "555.123.4567")]
    [InlineData("Telefon: 030 1234567.", "de", "030 1234567")]
    [InlineData("Telefon 030/1234567 oder Fax.", "de", "030/1234567")]
    [InlineData("Telefon (030) 1234 5678", "de", "(030) 1234 5678")]
    [InlineData("Numéro : 01 23 45 67 89.", "fr", "01 23 45 67 89")]
    [InlineData("Позвоните 8 (495) 123-45-67 вечером.", "ru", "8 (495) 123-45-67")]
    [InlineData("電話は03-1234-5678です。", "ja", "03-1234-5678")]
    [InlineData("전화 010-1234-5678 으로", "ko", "010-1234-5678")]
    [InlineData("Bel 06-12345678 vandaag.", "nl", "06-12345678")]
    [InlineData("Telefon 030 123 456 w Berlinie", "pl", "030 123 456")]
    [InlineData("Call 555-1234 now.", "en", "555-1234")]
    [InlineData("(555-1234)", "en", "555-1234")]
    [InlineData("Call 1-800-555-0199 toll-free.", "en", "1-800-555-0199")]
    [InlineData("Tel. 089 / 123 456-78 (Zentrale)", "de", "089 / 123 456-78")]
    [InlineData("Ligue (11) 98765-4321 hoje.", "pt", "(11) 98765-4321")]
    [InlineData("Tel. 22 123 45 67 w godzinach pracy", "pl", "22 123 45 67")]
    public void Finds_national_numbers(string text, string language, string expected)
    {
        var match = MatchAssert.Single(recognizer, text, language, expected);

        Assert.InRange(match.Confidence, 0.6, 0.85);
    }

    [Fact]
    public void Finds_chinese_mobile_numbers_only_in_chinese_text()
    {
        MatchAssert.Single(recognizer, "请拨打13800138000联系我们", "zh", "13800138000");
        MatchAssert.None(recognizer, "Order 13800138000 shipped.", "en");
    }

    [Theory]
    [InlineData("The treaty was signed in 2024 and renewed in 1999.", "en")]
    [InlineData("The war lasted 1939-1945 in Europe.", "en")]
    [InlineData("Reported 2019–2024 in total: 1990 2000 2010.", "en")]
    [InlineData("Am 15.03.2024 und am 2024-03-15 war es kalt.", "de")]
    [InlineData("Due 03/15/2024 at noon.", "en")]
    [InlineData("Order ID 1234567890123 and serial 5551234567.", "en")]
    [InlineData("Die Stadt hat 1.234.567 Einwohner.", "de")]
    [InlineData("La ville compte 1 234 567 habitants.", "fr")]
    [InlineData("Host 192.168.100.200 answered.", "en")]
    [InlineData("ISBN 978-3-16-148410-0 is the book.", "en")]
    [InlineData("Card 4111 1111 1111 1111 expired.", "en")]
    [InlineData("Pi is 3.14159265 roughly.", "en")]
    [InlineData("Llame al 912 345 678 mañana.", "es")]
    [InlineData("Version 2.10.1, build 20240315, pages 123-145.", "en")]
    public void Rejects_years_dates_counts_and_ids(string text, string language) =>
        MatchAssert.None(recognizer, text, language);

    [Fact]
    public void Separates_a_number_from_a_date_or_another_number_next_to_it()
    {
        Assert.Equal(["030 123456"], MatchAssert.Texts(recognizer, "Stand 15.03.2024 030 123456", "de"));
        Assert.Equal(["555-123-4567", "555-987-6543"], MatchAssert.Texts(recognizer, "Lines: 555-123-4567 555-987-6543", "en"));
    }

    [Fact]
    public void Does_not_take_the_tail_of_a_rejected_digit_run()
    {
        MatchAssert.None(recognizer, "Serial 1999 1234567 2024 was logged.", "en");
    }
}
