using EntityGraph.Linking.Normalization;

namespace EntityGraph.Linking.Tests.Normalization;

public sealed class InflectionTests
{
    [Theory]
    [InlineData("ru", InflectionKind.CaseEndings)]
    [InlineData("pl", InflectionKind.CaseEndings)]
    [InlineData("sr-Latn", InflectionKind.CaseEndings)]
    [InlineData("de", InflectionKind.GenitiveS)]
    [InlineData("en", InflectionKind.None)]
    [InlineData("zh", InflectionKind.None)]
    [InlineData(null, InflectionKind.None)]
    public void Languages_have_their_inflection_kind(string? language, InflectionKind expected) =>
        Assert.Equal(expected, Inflection.Of(language));

    [Theory]
    [InlineData("putin", "putina", InflectionKind.CaseEndings, true)]
    [InlineData("putin", "putinym", InflectionKind.CaseEndings, true)]
    [InlineData("germaniya", "germanii", InflectionKind.CaseEndings, true)]
    [InlineData("moskva", "moskve", InflectionKind.CaseEndings, true)]
    [InlineData("ivan", "ivanov", InflectionKind.CaseEndings, true)]
    [InlineData("kowalski", "kowalskiego", InflectionKind.CaseEndings, false)]
    [InlineData("lee", "lea", InflectionKind.CaseEndings, false)]
    [InlineData("merkel", "merkels", InflectionKind.GenitiveS, true)]
    [InlineData("merkel", "merkela", InflectionKind.GenitiveS, false)]
    [InlineData("maria", "mario", InflectionKind.None, false)]
    [InlineData("smith", "smith", InflectionKind.None, true)]
    public void Word_forms_match_by_the_language_rules(string left, string right, InflectionKind kind, bool expected)
    {
        Assert.Equal(expected, Inflection.SameWord(left, right, kind));
        Assert.Equal(expected, Inflection.SameWord(right, left, kind));
    }
}
