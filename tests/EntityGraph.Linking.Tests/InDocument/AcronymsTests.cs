using EntityGraph.Linking.InDocument;

namespace EntityGraph.Linking.Tests.InDocument;

public sealed class AcronymsTests
{
    [Theory]
    [InlineData("ECB", true)]
    [InlineData("U.S.", true)]
    [InlineData("BaFin", true)]
    [InlineData("ЕЦБ", true)]
    [InlineData("Apple", false)]
    [InlineData("A", false)]
    [InlineData("NEW YORK", false)]
    [InlineData("ABCDEFGHI", false)]
    public void Acronym_shapes_are_recognized(string surface, bool expected) => Assert.Equal(expected, Acronyms.LooksLikeAcronym(surface));

    [Theory]
    [InlineData("BSI", "Bundesamt für Sicherheit in der Informationstechnik", true)]
    [InlineData("EZB", "Europäische Zentralbank", true)]
    [InlineData("BCE", "Banque centrale européenne", true)]
    [InlineData("UAE", "United Arab Emirates", true)]
    [InlineData("ECB", "European Commission Bureau", true)]
    [InlineData("ECB", "European Central Bank Holdings Group", false)]
    [InlineData("ECB", "Central European Bank", false)]
    [InlineData("XYZ", "European Central Bank", false)]
    [InlineData("EC", "Europe", false)]
    public void Acronyms_expand_only_to_their_initials(string acronym, string expansion, bool expected) =>
        Assert.Equal(expected, Acronyms.Expands(acronym, expansion));
}
