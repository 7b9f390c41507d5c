using EntityGraph.Text;

namespace EntityGraph.Ner.Tests.Text;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("München", "munchen")]
    [InlineData("  APPLE   Inc. ", "apple inc")]
    [InlineData("Москва", "moskva")]
    [InlineData("Αθήνα", "athina")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("Ｔｏｋｙｏ", "tokyo")]
    public void Folds_case_accents_width_and_scripts(string input, string expected) => Assert.Equal(expected, NameFolding.Fold(input));

    [Fact]
    public void Umlaut_expansion_variant_matches_transcribed_spelling() =>
        Assert.Contains("muenchen", NameFolding.FoldVariants("München"));
}
