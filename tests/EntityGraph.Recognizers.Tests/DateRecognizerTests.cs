using EntityGraph.Recognizers.Patterns;

namespace EntityGraph.Recognizers.Tests;

public sealed class DateRecognizerTests
{
    private readonly DateRecognizer recognizer = new();

    [Theory]
    [InlineData("Released on 2024-03-15 worldwide.", "en", "2024-03-15")]
    [InlineData("Timestamp 2024-03-15T10:30:00Z logged.", "en", "2024-03-15")]
    [InlineData("発売日は2024/03/15です。", "ja", "2024/03/15")]
    [InlineData("Due 15/03/2024.", "en", "15/03/2024")]
    [InlineData("Due 03/15/2024.", "en", "03/15/2024")]
    [InlineData("Am 15.03.2024 beginnt es.", "de", "15.03.2024")]
    [InlineData("Le 1-2-2024 à Paris.", "fr", "1-2-2024")]
    [InlineData("It happened on March 15, 2024.", "en", "March 15, 2024")]
    [InlineData("It happened on Mar. 15th, 2024 in Ohio.", "en", "Mar. 15th, 2024")]
    [InlineData("It happened on 15 March 2024.", "en", "15 March 2024")]
    [InlineData("Born on the 4th of July, 1990.", "en", "4th of July, 1990")]
    [InlineData("Es geschah am 15. März 2024 in Berlin.", "de", "15. März 2024")]
    [InlineData("Cela s'est passé le 1er mars 2024.", "fr", "1er mars 2024")]
    [InlineData("Ocurrió el 15 de marzo de 2024 en Madrid.", "es", "15 de marzo de 2024")]
    [InlineData("Aconteceu em 1º de março de 2024.", "pt", "1º de março de 2024")]
    [InlineData("È successo il 15 marzo 2024 a Roma.", "it", "15 marzo 2024")]
    [InlineData("Het gebeurde op 15 maart 2024 in Utrecht.", "nl", "15 maart 2024")]
    [InlineData("Stało się to 15 marca 2024 r. w Warszawie.", "pl", "15 marca 2024 r.")]
    [InlineData("Это случилось 15 марта 2024 года в Москве.", "ru", "15 марта 2024 года")]
    [InlineData("Это случилось 15 марта 2024г. в Москве.", "ru", "15 марта 2024г.")]
    [InlineData("وقع الحادث في 15 مارس 2024 في القاهرة", "ar", "15 مارس 2024")]
    [InlineData("وقع الحادث في ١٥ آذار ٢٠٢٤ في دمشق", "ar", "١٥ آذار ٢٠٢٤")]
    [InlineData("会议于2024年3月15日举行。", "zh", "2024年3月15日")]
    [InlineData("会议于２０２４年３月１５日举行。", "zh", "２０２４年３月１５日")]
    [InlineData("会议于二〇二四年三月十五日举行。", "zh", "二〇二四年三月十五日")]
    [InlineData("令和6年3月15日に開催された。", "ja", "令和6年3月15日")]
    [InlineData("회의는 2024년 3월 15일에 열렸다.", "ko", "2024년 3월 15일")]
    public void Finds_full_dates(string text, string language, string expected)
    {
        var match = MatchAssert.Single(recognizer, text, language, expected);

        Assert.Equal(PatternTypes.Date, match.Type);
        Assert.InRange(match.Confidence, 0.8, 0.95);
    }

    [Theory]
    [InlineData("Sales grew in March 2024.", "en", "March 2024")]
    [InlineData("Sales grew in Sept. 2024.", "en", "Sept. 2024")]
    [InlineData("Im März 2024 stiegen die Umsätze.", "de", "März 2024")]
    [InlineData("En marzo de 2024 subieron.", "es", "marzo de 2024")]
    [InlineData("En mars 2024, les ventes ont augmenté.", "fr", "mars 2024")]
    [InlineData("W marcu 2024 roku sprzedaż wzrosła.", "pl", "marcu 2024 roku")]
    [InlineData("В марте 2024 года продажи выросли.", "ru", "марте 2024 года")]
    [InlineData("销售额在2024年3月增长。", "zh", "2024年3月")]
    [InlineData("매출은 2024년 3월에 늘었다.", "ko", "2024년 3월")]
    public void Finds_month_and_year(string text, string language, string expected)
    {
        var match = MatchAssert.Single(recognizer, text, language, expected);

        Assert.Equal(0.8, match.Confidence);
    }

    [Theory]
    [InlineData("See you on March 15 then.", "en", "March 15")]
    [InlineData("Wir sehen uns am 3. Januar wieder.", "de", "3. Januar")]
    [InlineData("On se voit le 14 juillet.", "fr", "14 juillet")]
    [InlineData("我们3月15日见。", "zh", "3月15日")]
    [InlineData("우리는 3월 15일에 만난다.", "ko", "3월 15일")]
    public void Finds_day_and_month_with_lower_confidence(string text, string language, string expected)
    {
        var match = MatchAssert.Single(recognizer, text, language, expected);

        Assert.True(match.Confidence < 0.8);
    }

    [Theory]
    [InlineData("Upgrade to version 1.2.3 or 10.0.19041 now.", "en")]
    [InlineData("Pi is 3.14 and the score was 3-1.", "en")]
    [InlineData("The year 2024 was warm; 1999 too.", "en")]
    [InlineData("Invalid: 2024-02-30, 31/04/2024 and 2023-13-01.", "en")]
    [InlineData("Not a leap year: 29.02.2023.", "de")]
    [InlineData("You may 2024 be lucky; the march 15 protesters.", "en")]
    [InlineData("Host 192.168.1.1 answered.", "en")]
    [InlineData("Der Text vom 03/15/2024 ist amerikanisch.", "de")]
    public void Rejects_versions_numbers_and_impossible_dates(string text, string language) =>
        MatchAssert.None(recognizer, text, language);

    [Fact]
    public void Marks_numeric_dates_that_could_be_read_two_ways_as_less_certain()
    {
        var ambiguous = MatchAssert.Single(recognizer, "on 03/04/2024", "en", "03/04/2024");
        var clear = MatchAssert.Single(recognizer, "on 15/04/2024", "en", "15/04/2024");

        Assert.True(ambiguous.Confidence < clear.Confidence);
    }

    [Fact]
    public void Prefers_the_full_date_over_the_month_and_year_inside_it()
    {
        var texts = MatchAssert.Texts(recognizer, "From 15 March 2024 to April 2025.", "en");

        Assert.Equal(["15 March 2024", "April 2025"], texts);
    }

    [Fact]
    public void Unknown_language_applies_every_grammar()
    {
        var text = "15 марта 2024, 15. März 2024, 15 de marzo de 2024 y March 15, 2024";

        var texts = MatchAssert.Texts(recognizer, text, "");

        Assert.Equal(["15 марта 2024", "15. März 2024", "15 de marzo de 2024", "March 15, 2024"], texts);
    }

    [Fact]
    public void Known_language_uses_only_its_own_month_names()
    {
        MatchAssert.None(recognizer, "Il est arrivé le 15 marzo 2024.", "fr");
        MatchAssert.Single(recognizer, "Il est arrivé le 15 marzo 2024.", "it", "15 marzo 2024");
    }

    [Fact]
    public void Accepts_regional_language_tags()
    {
        MatchAssert.Single(recognizer, "Aconteceu em 15 de março de 2024.", "pt-BR", "15 de março de 2024");
        MatchAssert.Single(recognizer, "Geschah am 15. Jänner 2024.", "de_AT", "15. Jänner 2024");
    }
}
