using EntityGraph.Linking.Mentions;

namespace EntityGraph.Linking.Tests.Mentions;

public sealed class SpanRepairTests
{
    [Theory]
    [InlineData("وتمول Banco Solara المشروع", "وتمول Banco Solara", "ORG", "ar", "Banco Solara")]
    [InlineData("Banco Solara وتمول المشروع", "Banco Solara وتمول", "ORG", "ar", "Banco Solara")]
    [InlineData("Il est de Nordwind Energy.", "de Nordwind Energy", "ORG", "fr", "Nordwind Energy")]
    [InlineData("Os parques da Nordwind Energy.", "da Nordwind Energy", "ORG", "pt", "Nordwind Energy")]
    [InlineData("We met in the Netherlands.", "the Netherlands", "LOC", "en", "Netherlands")]
    [InlineData("Мы были в Москве.", "в Москве", "LOC", "ru", "Москве")]
    [InlineData("في دبي اليوم", "في دبي", "LOC", "ar", "دبي")]
    [InlineData("A Nordwind Energy e a Atlas assinaram.", "Nordwind Energy e", "ORG", "pt", "Nordwind Energy")]
    [InlineData("Atlas Logistics, said", "Atlas Logistics,", "ORG", "en", "Atlas Logistics")]
    public void Edges_that_are_never_part_of_a_name_are_trimmed(string text, string span, string type, string language, string expected)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);

        var repaired = SpanRepair.Repair(text, start, start + span.Length, type, language);

        Assert.NotNull(repaired);
        Assert.Equal(expected, text[repaired.Value.Start..repaired.Value.End]);
    }

    /// <summary>Spans the dev sets annotate as names: WikiANN keeps lower-case words, quotes and brackets; CoNLL tags lower-case adjectives.</summary>
    [Theory]
    [InlineData("Zegt de Vries vandaag.", "de Vries", "PER", "nl")]
    [InlineData("Dit is Pieter de Vries.", "Pieter de Vries", "PER", "nl")]
    [InlineData("The Hague is a city.", "The Hague", "LOC", "en")]
    [InlineData("La Paz est haute.", "La Paz", "LOC", "fr")]
    [InlineData("Banco de España subió.", "Banco de España", "ORG", "es")]
    [InlineData("Apple Inc. rose.", "Apple Inc.", "ORG", "en")]
    [InlineData("Она живёт: Московская область.", "Московская область", "LOC", "ru")]
    [InlineData("Он играл за Зенит (футбольный клуб).", "Зенит (футбольный клуб)", "ORG", "ru")]
    [InlineData("Il a vu \"Le Monde\" hier.", "\"Le Monde\"", "MISC", "fr")]
    [InlineData("Die deutschen Banken.", "deutschen", "MISC", "de")]
    [InlineData("渡辺健二は東京に", "渡辺健二", "PER", "ja")]
    [InlineData("правления Павла I , когда", "Павла I", "PER", "ru")]
    [InlineData("Европейский маршрут E73", "Европейский маршрут E73", "ORG", "ru")]
    [InlineData("WEITERLEITUNG ʿAbdallāh ibn al-Mubārak", "ʿAbdallāh ibn al-Mubārak", "PER", "de")]
    [InlineData("WEITERLEITUNG Saif ibn ʿUmar", "Saif ibn ʿUmar", "PER", "de")]
    [InlineData("' '' XIII чемпионат Европы .", "XIII чемпионат Европы", "ORG", "ru")]
    [InlineData("The Love Boat : was", "The Love Boat :", "MISC", "pt")]
    public void Names_as_the_dev_sets_annotate_them_are_kept(string text, string span, string type, string language)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);

        Assert.Equal((start, start + span.Length), SpanRepair.Repair(text, start, start + span.Length, type, language));
    }

    [Fact]
    public void A_span_that_loses_its_edges_and_keeps_no_capital_is_dropped()
    {
        const string text = "Il parle de la banque, puis part.";
        var start = text.IndexOf("la banque,", StringComparison.Ordinal);

        Assert.Null(SpanRepair.Repair(text, start, start + "la banque,".Length, "ORG", "fr"));
    }

    [Theory]
    [InlineData("Paid 300 millones de euros today.", "300 millones de euros", "MONEY")]
    [InlineData("On the 3rd of may it rained.", "the 3rd of may", "DATE")]
    public void Value_types_are_left_as_they_are(string text, string span, string type)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);

        Assert.Equal((start, start + span.Length), SpanRepair.Repair(text, start, start + span.Length, type, "es"));
    }

    [Fact]
    public void Every_language_with_a_model_has_function_words()
    {
        string[] modelLanguages = ["ar", "da", "de", "en", "es", "fr", "hr", "it", "nl", "pl", "pt", "ru", "sk", "sr", "sv"];

        Assert.All(modelLanguages, language => Assert.Contains(language, FunctionWords.Languages));
        Assert.True(FunctionWords.Contains("de-AT", "Der"));
        Assert.False(FunctionWords.Contains("xx", "the"));
    }
}
