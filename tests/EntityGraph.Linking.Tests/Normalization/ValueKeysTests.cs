using EntityGraph.Linking.Normalization;

namespace EntityGraph.Linking.Tests.Normalization;

public sealed class ValueKeysTests
{
    [Theory]
    [InlineData("12.5 %", "12,5 %")]
    [InlineData("12.50%", "12.5 %")]
    [InlineData("$ 2.3 billion", "$2.3 Billion")]
    [InlineData("1,000 euros", "1.000 euros")]
    [InlineData("1,234.5", "1.234,5")]
    [InlineData("0.50", "0,5")]
    public void Equal_values_written_differently_get_one_key(string left, string right) =>
        Assert.Equal(ValueKeys.Normalize(left), ValueKeys.Normalize(right));

    [Theory]
    [InlineData("$ 2.3 billion", "$ 23.4 million")]
    [InlineData("$ 2.3 billion", "$ 23 billion")]
    [InlineData("12.5 %", "125 %")]
    [InlineData("$ 2.3", "€ 2.3")]
    [InlineData("12.5 %", "12.6 %")]
    public void Different_values_get_different_keys(string left, string right) =>
        Assert.NotEqual(ValueKeys.Normalize(left), ValueKeys.Normalize(right));

    [Fact]
    public void Value_types_are_keyed_as_values_and_names_as_names()
    {
        Assert.Equal("$ 2.3 billion", EntityKeyNormalizer.Normalize("MONEY", "$ 2.3 Billion"));
        Assert.Equal("12.5 %", EntityKeyNormalizer.Normalize("PERCENT", "12,5 %"));
        Assert.Equal("atlas logistics", EntityKeyNormalizer.Normalize("ORG", "Atlas Logistics"));
    }
}
