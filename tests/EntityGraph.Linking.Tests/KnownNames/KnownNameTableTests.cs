using System.Text;
using EntityGraph.Linking.KnownNames;
using EntityGraph.Linking.Options;

namespace EntityGraph.Linking.Tests.KnownNames;

public sealed class KnownNameTableTests
{
    [Theory]
    [InlineData("Germany", "Deutschland", "Германия", "德国", "Allemagne", "Alemania", "ألمانيا")]
    [InlineData("United States", "USA", "U.S.", "Vereinigte Staaten", "États-Unis", "США", "美国")]
    [InlineData("Munich", "München", "Muenchen", "Мюнхен", "Monaco di Baviera", "慕尼黑", "ミュンヘン")]
    [InlineData("Moscow", "Moskau", "Москва", "Moscú", "莫斯科", "Moskwa", "모스크바")]
    [InlineData("Beijing", "Peking", "Pékin", "Пекин", "北京", "Pechino", "베이징")]
    public void Localized_place_names_share_one_key(params string[] names)
    {
        var keys = TestKeys.Keys();

        var found = names.Select(name => keys.For("LOC", name)).ToList();

        Assert.All(found, key => Assert.NotNull(key.Concept));
        Assert.Single(found.Select(key => key.Key).Distinct());
        Assert.Equal(keys.For("LOC", names[0]).Key, EntityGraph.Linking.Normalization.EntityKeyNormalizer.Normalize("LOC", found[0].Concept!.EnglishName));
    }

    [Fact]
    public void Languages_currencies_and_the_EU_have_their_own_types()
    {
        var keys = TestKeys.Keys();

        Assert.Equal(keys.For("MISC", "German").Key, keys.For("MISC", "Deutsch").Key);
        Assert.Equal(keys.For("MISC", "euro").Key, keys.For("MISC", "евро").Key);
        Assert.Equal(keys.For("ORG", "European Union").Key, keys.For("ORG", "Europäische Union").Key);
        Assert.Null(keys.For("LOC", "German").Concept);
        Assert.Null(keys.For("PER", "Germany").Concept);
        Assert.Equal("LOC", keys.For("GPE", "Deutschland").Concept!.Type);
    }

    [Fact]
    public void Declined_forms_count_only_in_languages_that_decline_names()
    {
        var keys = TestKeys.Keys();
        var germany = keys.For("LOC", "Германия").Key;

        Assert.Equal(germany, keys.For("LOC", "Германии", "ru").Key);
        Assert.Equal(germany, keys.For("LOC", "Германию", "ru").Key);
        Assert.Equal(keys.For("LOC", "Москва").Key, keys.For("LOC", "Москве", "ru").Key);
        Assert.Null(keys.For("LOC", "Германии", "en").Concept);
        Assert.Null(keys.For("LOC", "Германии").Concept);
    }

    [Fact]
    public void Known_names_can_be_switched_off()
    {
        var keys = TestKeys.Keys(new LinkingOptions { UseKnownNames = false });

        Assert.NotEqual(keys.For("LOC", "Germany").Key, keys.For("LOC", "Deutschland").Key);
    }

    [Fact]
    public void A_name_of_two_concepts_of_one_type_is_dropped_unless_one_is_a_territory()
    {
        var table = new KnownNameTable(
        [
            new KnownNameRow("territory:SG", "LOC", ["en"], "Singapore"),
            new KnownNameRow("city:Asia/Singapore", "LOC", ["en"], "Singapore City"),
            new KnownNameRow("city:Asia/Singapore", "LOC", ["de"], "Singapore"),
            new KnownNameRow("city:a", "LOC", ["en"], "Alpha"),
            new KnownNameRow("city:a", "LOC", ["de"], "Twin"),
            new KnownNameRow("city:b", "LOC", ["en"], "Beta"),
            new KnownNameRow("city:b", "LOC", ["de"], "Twin"),
        ]);

        Assert.Equal("territory:SG", table.Find("LOC", "singapore")!.ConceptId);
        Assert.Equal("city:Asia/Singapore", table.Find("LOC", "singapore city")!.ConceptId);
        Assert.Null(table.Find("LOC", "twin"));
        Assert.Equal(1, table.AmbiguousNames);
        Assert.Equal(4, table.ConceptCount);
    }

    [Fact]
    public void The_embedded_table_covers_the_languages_linking_cares_about()
    {
        var table = TestKeys.Table;
        var germany = table.NamesOf("territory:DE");
        var languages = germany.SelectMany(row => row.Languages).ToHashSet();

        Assert.Equal("Germany", germany[0].Name);
        Assert.Subset(languages, new HashSet<string> { "en", "de", "fr", "es", "nl", "pt", "it", "pl", "ru", "sv", "da", "hr", "sr", "sk", "ar", "hi", "zh", "ja", "ko" });
        Assert.True(table.ConceptCount > 1000, $"only {table.ConceptCount} concepts");
        Assert.True(table.NameCount > 8000, $"only {table.NameCount} names");
    }

    [Fact]
    public void The_committed_table_is_compact_and_carries_the_unicode_licence()
    {
        var data = Path.Combine(RepositoryRoot(), "src", "Linking", "Data");

        Assert.InRange(new FileInfo(Path.Combine(data, "cldr-aliases.tsv.gz")).Length, 10_000, 400_000);
        Assert.Contains("UNICODE", File.ReadAllText(Path.Combine(data, "LICENSE-CLDR.txt")).ToUpperInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_table_line_is_reported_with_its_number()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("# comment\nterritory:DE\tLOC\ten\tGermany\nbroken line\n"));

        var error = Assert.Throws<KnownNameFormatException>(() => KnownNameFile.Read(stream, "test.tsv"));

        Assert.Contains("test.tsv line 3", error.Message, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "EntityGraph.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (EntityGraph.sln) was not found above the test binaries.");
    }
}
