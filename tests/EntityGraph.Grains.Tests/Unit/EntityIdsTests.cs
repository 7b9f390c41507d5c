using EntityGraph.Grains.Entities;

namespace EntityGraph.Grains.Tests.Unit;

public sealed class EntityIdsTests
{
    [Fact]
    public void Ids_are_deterministic_prefixed_base32_of_the_key()
    {
        var id = EntityIds.Create("ORG", "apple");

        Assert.Equal(id, EntityIds.Create("ORG", "apple"));
        Assert.Matches("^e_[a-z2-7]{16}$", id);
    }

    [Fact]
    public void Type_and_key_both_change_the_id()
    {
        var ids = new[] { EntityIds.Create("ORG", "apple"), EntityIds.Create("MISC", "apple"), EntityIds.Create("ORG", "apples") };

        Assert.Equal(3, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("ORG|apple inc", true, "ORG", "apple inc")]
    [InlineData("PER|a|b", true, "PER", "a|b")]
    [InlineData("|apple", false, "", "")]
    [InlineData("ORG|", false, "ORG", "")]
    [InlineData("apple", false, "", "")]
    public void Keys_parse_at_the_first_bar(string key, bool valid, string type, string normalized)
    {
        Assert.Equal(valid, EntityKeys.TryParse(key, out var parsedType, out var parsedKey));
        Assert.Equal((type, normalized), (parsedType, parsedKey));
    }
}
