using EntityGraph.Recognizers.Patterns;

namespace EntityGraph.Recognizers.Tests;

public sealed class MoneyRecognizerTests
{
    private readonly MoneyRecognizer recognizer = new();

    [Theory]
    [InlineData("It costs $1,200 in total.", "en", "$1,200")]
    [InlineData("It costs $1,200.50.", "en", "$1,200.50")]
    [InlineData("They raised €5 million last year.", "en", "€5 million")]
    [InlineData("Revenue hit USD 3.5bn in 2023.", "en", "USD 3.5bn")]
    [InlineData("A bonus of £2m was paid.", "en", "£2m")]
    [InlineData("The budget is ₹500 crore.", "en", "₹500 crore")]
    [InlineData("A ticket is ¥300.", "ja", "¥300")]
    [InlineData("Paid US$ 45 at the door.", "en", "US$ 45")]
    [InlineData("Das kostet 5.000 € im Jahr.", "de", "5.000 €")]
    [InlineData("Das kostet 1.234,56 € netto.", "de", "1.234,56 €")]
    [InlineData("Der Umsatz lag bei 5 Mio. Euro.", "de", "5 Mio. Euro")]
    [InlineData("Ça coûte 100 euros.", "fr", "100 euros")]
    [InlineData("Ça coûte 1 500,50 € TTC.", "fr", "1 500,50 €")]
    [InlineData("Ils ont levé 5 millions d'euros.", "fr", "5 millions d'euros")]
    [InlineData("Cuesta 10 Euro.", "es", "10 Euro")]
    [InlineData("Ganaron 5 millones de dólares.", "es", "5 millones de dólares")]
    [InlineData("Custa R$ 1.500,00 por mês.", "pt", "R$ 1.500,00")]
    [InlineData("Costa 20 milioni di euro.", "it", "20 milioni di euro")]
    [InlineData("Kost 250 EUR per maand.", "nl", "250 EUR")]
    [InlineData("Kosztuje 100 zł miesięcznie.", "pl", "100 zł")]
    [InlineData("Стоит 1 000 руб. в месяц.", "ru", "1 000 руб.")]
    [InlineData("Выручка 3,5 млрд рублей.", "ru", "3,5 млрд рублей")]
    [InlineData("这本书300円。", "ja", "300円")]
    [InlineData("公司投资3亿元建厂。", "zh", "3亿元")]
    [InlineData("融资100万美元。", "zh", "100万美元")]
    [InlineData("融资三亿元。", "zh", "三亿元")]
    [InlineData("가격은 10,000원이다.", "ko", "10,000원")]
    [InlineData("The fee is 250 CHF per year.", "en", "250 CHF")]
    [InlineData("राजस्व ₹500 करोड़ था।", "hi", "₹500 करोड़")]
    [InlineData("Indian grouping: ₹1,00,000 only.", "en", "₹1,00,000")]
    [InlineData("매출은 5조 원이다.", "ko", "5조 원")]
    [InlineData("売上高は5,000億円。", "ja", "5,000億円")]
    [InlineData("Kurs: 92,5 руб. за доллар.", "ru", "92,5 руб.")]
    public void Finds_amounts(string text, string language, string expected)
    {
        var match = MatchAssert.Single(recognizer, text, language, expected);

        Assert.Equal(PatternTypes.Money, match.Type);
        Assert.InRange(match.Confidence, 0.9, 0.95);
    }

    [Theory]
    [InlineData("Pi is 3.14 and e is 2.71.", "en")]
    [InlineData("He ran 5 m and weighed 80 kg in 2024.", "en")]
    [InlineData("Version 1.2.3 was released.", "en")]
    [InlineData("The population is 1,200,000.", "en")]
    [InlineData("这是一元化管理和二元论。", "zh")]
    [InlineData("Ein Dollarzeichen ohne Zahl: $ und €.", "de")]
    public void Rejects_numbers_without_a_currency(string text, string language) =>
        MatchAssert.None(recognizer, text, language);

    [Fact]
    public void Does_not_glue_a_year_to_the_amount_after_it()
    {
        var texts = MatchAssert.Texts(recognizer, "In 2024 €5 million was spent.", "en");

        Assert.Equal(["€5 million"], texts);
    }

    [Fact]
    public void Reads_the_decimal_separator_of_the_language()
    {
        Assert.Equal(["3,5 €"], MatchAssert.Texts(recognizer, "Es kostet 3,5 € pro Stück.", "de"));
        MatchAssert.None(recognizer, "It is 3,5 € each.", "en");
        Assert.Equal(["3,5 €"], MatchAssert.Texts(recognizer, "It is 3,5 € each.", "und"));
        Assert.Equal(["10 000 €"], MatchAssert.Texts(recognizer, "Il a payé 10 000 € hier.", "fr"));
    }

    [Fact]
    public void Scores_currency_words_below_symbols()
    {
        var symbol = MatchAssert.Single(recognizer, "for $100 only", "en", "$100");
        var word = MatchAssert.Single(recognizer, "for 100 dollars only", "en", "100 dollars");

        Assert.True(symbol.Confidence > word.Confidence);
    }
}
