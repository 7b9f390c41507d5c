using EntityGraph.Recognizers.Patterns;

namespace EntityGraph.Recognizers.Tests;

public sealed class PercentRecognizerTests
{
    private readonly PercentRecognizer recognizer = new();

    [Theory]
    [InlineData("Growth was 12% this year.", "en", "12%")]
    [InlineData("Growth was 12.5 percent this year.", "en", "12.5 percent")]
    [InlineData("Growth was 12.5 per cent this year.", "en", "12.5 per cent")]
    [InlineData("Prices fell −3.5% in May.", "en", "−3.5%")]
    [InlineData("Das Wachstum lag bei 12 Prozent.", "de", "12 Prozent")]
    [InlineData("Das Wachstum lag bei 12,5 %.", "de", "12,5 %")]
    [InlineData("La croissance est de 12 pour cent.", "fr", "12 pour cent")]
    [InlineData("La croissance est de 12 %.", "fr", "12 %")]
    [InlineData("El crecimiento fue del 12 por ciento.", "es", "12 por ciento")]
    [InlineData("O crescimento foi de 12 por cento.", "pt", "12 por cento")]
    [InlineData("La crescita è stata del 12 per cento.", "it", "12 per cento")]
    [InlineData("De groei was 12 procent.", "nl", "12 procent")]
    [InlineData("Wzrost wyniósł 12 procent.", "pl", "12 procent")]
    [InlineData("Рост составил 12 процентов.", "ru", "12 процентов")]
    [InlineData("增长了12％。", "zh", "12％")]
    [InlineData("增长了百分之十二。", "zh", "百分之十二")]
    [InlineData("增长了百分之十二点五。", "zh", "百分之十二点五")]
    [InlineData("成長率は12パーセントだった。", "ja", "12パーセント")]
    [InlineData("성장률은 12퍼센트였다.", "ko", "12퍼센트")]
    [InlineData("بلغ النمو ١٢٪ هذا العام", "ar", "١٢٪")]
    [InlineData("بلغ النمو 12 بالمئة هذا العام", "ar", "12 بالمئة")]
    public void Finds_percentages(string text, string language, string expected)
    {
        var match = MatchAssert.Single(recognizer, text, language, expected);

        Assert.Equal(PatternTypes.Percent, match.Type);
    }

    [Fact]
    public void Takes_the_upper_bound_of_a_range_without_the_dash()
    {
        Assert.Equal(["12%"], MatchAssert.Texts(recognizer, "between 10-12% of voters", "en"));
    }

    [Fact]
    public void Does_not_read_a_comma_after_a_year_as_a_decimal_comma_in_english()
    {
        MatchAssert.None(recognizer, "In 2019,5% of people agreed.", "en");
    }

    [Theory]
    [InlineData("Pi is 3.14 and the percentage sign % stands alone.", "en")]
    [InlineData("He is 12 percentile high.", "en")]
    public void Rejects_numbers_without_a_percent_unit(string text, string language) =>
        MatchAssert.None(recognizer, text, language);
}
