using EntityGraph.Linking.Mentions;

namespace EntityGraph.Linking.Tests.Mentions;

public sealed class SpanRepairTests
{
    [Theory]
    [InlineData("Os parques eólicos da Nordwind Energy crescem.", "parques eólicos da Nordwind Energy", "ORG", "pt", "Nordwind Energy")]
    [InlineData("La banque espagnole Banco Solara investit.", "La banque espagnole Banco Solara", "ORG", "fr", "Banco Solara")]
    [InlineData("Les dirigeants de Helios Robotics parlent.", "dirigeants de Helios Robotics", "ORG", "fr", "Helios Robotics")]
    [InlineData("A Nordwind Energy e a Atlas assinaram.", "Nordwind Energy e", "ORG", "pt", "Nordwind Energy")]
    [InlineData("وتمول Banco Solara المشروع", "وتمول Banco Solara", "ORG", "ar", "Banco Solara")]
    [InlineData("Il parle d'Atlas Logistics.", "d'Atlas Logistics", "ORG", "fr", "Atlas Logistics")]
    [InlineData("We met in the Netherlands.", "the Netherlands", "LOC", "en", "Netherlands")]
    [InlineData("(Atlas Logistics, said", "(Atlas Logistics,", "ORG", "en", "Atlas Logistics")]
    [InlineData("Dit is Pieter de Vries.", "Pieter de Vries", "PER", "nl", "Pieter de Vries")]
    [InlineData("Zegt de Vries vandaag.", "de Vries", "PER", "nl", "de Vries")]
    [InlineData("Il est de Nordwind Energy.", "de Nordwind Energy", "ORG", "fr", "Nordwind Energy")]
    [InlineData("The Hague is a city.", "The Hague", "LOC", "en", "The Hague")]
    [InlineData("La Paz est haute.", "La Paz", "LOC", "fr", "La Paz")]
    [InlineData("Banco de España subió.", "Banco de España", "ORG", "es", "Banco de España")]
    [InlineData("Apple Inc. rose.", "Apple Inc.", "ORG", "en", "Apple Inc.")]
    [InlineData("Il a vu \"Le Monde\" hier.", "\"Le Monde\"", "MISC", "fr", "Le Monde")]
    [InlineData("Sede (Lisboa) fechou.", "Lisboa)", "LOC", "pt", "Lisboa")]
    [InlineData("Die Firma Helios (Berlin) wuchs.", "Helios (Berlin)", "ORG", "de", "Helios (Berlin)")]
    [InlineData("В Москве тепло.", "В Москве", "LOC", "ru", "Москве")]
    [InlineData("في دبي اليوم", "في دبي", "LOC", "ar", "دبي")]
    [InlineData("渡辺健二は東京に", "渡辺健二", "PER", "ja", "渡辺健二")]
    public void Edges_that_are_not_part_of_the_name_are_trimmed(string text, string span, string type, string language, string expected)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);

        var repaired = SpanRepair.Repair(text, start, start + span.Length, type, language);

        Assert.NotNull(repaired);
        Assert.Equal(expected, text[repaired.Value.Start..repaired.Value.End]);
    }

    [Theory]
    [InlineData("Le client de la banque paie.", "de la banque", "ORG", "fr")]
    [InlineData("Le marché américain monte.", "américain", "LOC", "fr")]
    [InlineData("He said , then left.", ",", "PER", "en")]
    public void A_span_left_without_a_name_is_dropped(string text, string span, string type, string language)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);

        Assert.Null(SpanRepair.Repair(text, start, start + span.Length, type, language));
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
