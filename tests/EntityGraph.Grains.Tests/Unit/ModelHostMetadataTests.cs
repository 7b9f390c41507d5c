using EntityGraph.Grains.Placement;

namespace EntityGraph.Grains.Tests.Unit;

public sealed class ModelHostMetadataTests
{
    [Theory]
    [InlineData("*", "sk", "fast", true)]
    [InlineData("en", "en", "best", true)]
    [InlineData("en", "en", "fast", true)]
    [InlineData("en:fast", "en", "fast", true)]
    [InlineData("en:fast", "en", "best", false)]
    [InlineData("de, FR:best", "fr", "best", true)]
    [InlineData("de, FR:best", "fr", "fast", false)]
    [InlineData("pt", "pt-BR", "best", true)]
    [InlineData("pt-BR", "pt", "best", false)]
    [InlineData("en", "de", "best", false)]
    public void A_declaration_hosts_its_languages_at_its_tiers(string declared, string language, string tier, bool hosts) =>
        Assert.Equal(hosts, ModelHostMetadata.Parse(declared, hostsFallback: false).Hosts(language, tier));

    [Fact]
    public void The_fallback_is_hosted_where_it_is_declared_whatever_the_languages()
    {
        Assert.True(ModelHostMetadata.Parse("en", hostsFallback: true).Hosts("und", "fast"));
        Assert.False(ModelHostMetadata.Parse("*", hostsFallback: false).Hosts("und", "best"));
    }

    [Fact]
    public void Metadata_round_trips_and_a_silo_that_declares_nothing_hosts_nothing()
    {
        var declared = ModelHostMetadata.Parse("fr:fast,de", hostsFallback: false);

        var read = ModelHostMetadata.From(declared.ToMetadata())!;

        Assert.Equal(["de", "fr:fast"], read.Languages.Order(StringComparer.Ordinal));
        Assert.False(read.HostsFallback);
        Assert.Null(ModelHostMetadata.From(new Dictionary<string, string>()));
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("english", "'english' is not a language code")]
    [InlineData("en:turbo", "the tier after ':' must be best or fast")]
    public void A_bad_declaration_says_what_is_wrong(string declared, string message)
    {
        var error = Assert.Throws<FormatException>(() => ModelHostMetadata.Parse(declared, hostsFallback: true));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de:fast#3", "de", "fast")]
    [InlineData("und:best#0", "und", "best")]
    [InlineData("en", "en", "best")]
    public void Grain_keys_carry_language_and_tier(string key, string language, string tier) =>
        Assert.Equal((language, tier), LanguageRoutes.Parse(key));
}
