using EntityGraph.Linking.Normalization;

namespace EntityGraph.Linking.Tests.Normalization;

public sealed class CanonicalNamesTests
{
    [Fact]
    public void The_most_complete_form_wins() =>
        Assert.Equal("Apple Inc.", CanonicalNames.Select("ORG", ["Apple", "Apple Inc.", "Apple"]));

    [Fact]
    public void Forms_without_a_possessive_are_preferred() =>
        Assert.Equal("Nordwind", CanonicalNames.Select("ORG", ["Nordwind's", "Nordwind"]));

    [Fact]
    public void Honorifics_are_removed_from_person_names_and_diacritics_kept() =>
        Assert.Equal("Ana García", CanonicalNames.Select("PER", ["Dr. Ana García", "García"]));

    [Fact]
    public void Whitespace_is_collapsed() =>
        Assert.Equal("New York", CanonicalNames.Select("LOC", ["New \n York"]));

    [Fact]
    public void Equal_length_forms_go_to_the_more_frequent_then_the_first() =>
        Assert.Equal("ACME", CanonicalNames.Select("ORG", ["Acme", "ACME", "ACME"]));

    [Fact]
    public void No_usable_form_gives_an_empty_name() =>
        Assert.Equal(string.Empty, CanonicalNames.Select("ORG", ["  "]));
}
