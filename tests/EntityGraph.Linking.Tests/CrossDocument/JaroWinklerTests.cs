using EntityGraph.Linking.CrossDocument;

namespace EntityGraph.Linking.Tests.CrossDocument;

public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.9611)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("dixon", "dicksonx", 0.8133)]
    [InlineData("abc", "abc", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    [InlineData("", "", 1.0)]
    [InlineData("a", "", 0.0)]
    public void Matches_the_published_values(string left, string right, double expected)
    {
        Assert.Equal(expected, JaroWinkler.Similarity(left, right), 3);
        Assert.Equal(expected, JaroWinkler.Similarity(right, left), 3);
    }

    [Theory]
    [InlineData("nordwind energie", "nordwind energy", true)]
    [InlineData("christine lagard", "christine lagarde", true)]
    [InlineData("deutsche bank", "deutsche bahn", false)]
    [InlineData("anna schmidt", "anne schmidt", false)]
    [InlineData("sarah johnson", "boris johnson", false)]
    [InlineData("putin", "vladimir putin", false)]
    public void Multi_word_keys_must_match_word_by_word(string left, string right, bool similar) =>
        Assert.Equal(similar, CrossDocumentLinker.Similarity(left, right, 0.90) >= 0.92);
}
