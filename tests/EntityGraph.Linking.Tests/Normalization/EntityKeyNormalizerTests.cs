using EntityGraph.Linking.Normalization;

namespace EntityGraph.Linking.Tests.Normalization;

public sealed class EntityKeyNormalizerTests
{
    [Theory]
    [InlineData("ORG", "Apple Inc.", "apple")]
    [InlineData("ORG", "APPLE INC", "apple")]
    [InlineData("ORG", "Apple", "apple")]
    [InlineData("ORG", "Apple's", "apple")]
    [InlineData("ORG", "Apple’s", "apple")]
    [InlineData("ORG", "Siemens AG", "siemens")]
    [InlineData("ORG", "Nordwind Energie GmbH & Co. KG", "nordwind energie")]
    [InlineData("ORG", "Banco Santander, S.A.", "banco santander")]
    [InlineData("ORG", "Royal Philips N.V.", "royal philips")]
    [InlineData("ORG", "Acme Ltd.", "acme")]
    [InlineData("ORG", "AG", "ag")]
    [InlineData("PER", "Dr. Angela Merkel", "angela merkel")]
    [InlineData("PER", "Mr. Smith", "smith")]
    [InlineData("PER", "Frau Müller", "muller")]
    [InlineData("PER", "M. Dupont", "dupont")]
    [InlineData("PER", "Mme Lefèvre", "lefevre")]
    [InlineData("PER", "Dr.", "dr")]
    [InlineData("PER", "Reynolds'", "reynolds")]
    [InlineData("LOC", "  São   Paulo ", "sao paulo")]
    [InlineData("LOC", "Ｔｏｋｙｏ", "tokyo")]
    [InlineData("LOC", "Москва", "moskva")]
    [InlineData("LOC", "Mr. Smith", "mr smith")]
    [InlineData("PER", "Siemens AG", "siemens ag")]
    [InlineData("MISC", "...", "")]
    [InlineData("ORG", "Vestas Wind Systems A/S", "vestas wind systems")]
    [InlineData("ORG", "Banco Santander, S. A.", "banco santander")]
    [InlineData("ORG", "ООО «Ромашка»", "romashka")]
    [InlineData("ORG", "苹果公司", "苹果")]
    [InlineData("ORG", "华为技术有限公司", "华为技术")]
    [InlineData("ORG", "株式会社ソニー", "ソニー")]
    [InlineData("ORG", "公司", "公司")]
    [InlineData("PER", "Господин Иванов", "ivanov")]
    [InlineData("PER", "Sra. García", "garcia")]
    [InlineData("ORGANISATION", "Siemens AG", "siemens")]
    public void Normalizes_by_type(string type, string surface, string expected) =>
        Assert.Equal(expected, EntityKeyNormalizer.Normalize(type, surface));

    [Theory]
    [InlineData("M. Dupont", "fr", "dupont")]
    [InlineData("M. Dupont", "fr-CA", "dupont")]
    [InlineData("M. Waugh", "en", "m waugh")]
    [InlineData("S. Waugh", "en", "s waugh")]
    [InlineData("Mr. Waugh", "en", "waugh")]
    public void A_leading_M_is_a_title_in_French_and_an_initial_elsewhere(string surface, string language, string expected) =>
        Assert.Equal(expected, EntityKeyNormalizer.Normalize("PER", surface, language));
}
