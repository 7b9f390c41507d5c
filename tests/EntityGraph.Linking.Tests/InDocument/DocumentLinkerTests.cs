using EntityGraph.Linking.InDocument;

namespace EntityGraph.Linking.Tests.InDocument;

public sealed class DocumentLinkerTests
{
    private static readonly DocumentLinker Linker = new(TestKeys.Keys());

    /// <summary>Finds each (surface, type) in order in the text and links the mentions; returns surface lists per cluster.</summary>
    private static List<MentionCluster> Link(string text, string language, params (string Surface, string Type)[] mentions) =>
        Linker.Link(Mentions(text, language, mentions)).ToList();

    private static List<LinkMention> Mentions(string text, string language, (string Surface, string Type)[] mentions)
    {
        var result = new List<LinkMention>();
        var at = 0;
        foreach (var (surface, type) in mentions)
        {
            var start = text.IndexOf(surface, at, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{surface}' not found after {at}");
            result.Add(new LinkMention(start, start + surface.Length, surface, type, language));
            at = start + surface.Length;
        }

        return result;
    }

    private static string[][] Surfaces(string text, string language, params (string Surface, string Type)[] mentions)
    {
        var list = Mentions(text, language, mentions);
        return Linker.Link(list).Select(c => c.MentionIndexes.Select(i => list[i].Text).ToArray()).ToArray();
    }

    [Fact]
    public void A_later_surname_joins_the_full_name_and_the_link_says_why()
    {
        var clusters = Link("Sarah Johnson joined Helios. Johnson said Ms. Johnson would stay.", "en",
            ("Sarah Johnson", "PER"), ("Helios", "ORG"), ("Johnson", "PER"), ("Ms. Johnson", "PER"));

        var person = clusters[0];
        Assert.Equal(("sarah johnson", "Sarah Johnson", false), (person.Key, person.CanonicalName, person.IsShortFormOnly));
        Assert.Equal([0, 2, 3], person.MentionIndexes);
        Assert.All(person.Links, link => Assert.Equal(("surname", "Sarah Johnson"), (link.Rule, link.Target)));
        Assert.Equal(2, clusters.Count);
    }

    [Fact]
    public void An_ambiguous_surname_joins_the_person_mentioned_last_before_it()
    {
        var groups = Surfaces("Bill Clinton met Hillary Clinton. Clinton spoke first. Later Bill Clinton left and Clinton stayed.", "en",
            ("Bill Clinton", "PER"), ("Hillary Clinton", "PER"), ("Clinton", "PER"), ("Bill Clinton", "PER"), ("Clinton", "PER"));

        Assert.Equal([["Bill Clinton", "Bill Clinton", "Clinton"], ["Hillary Clinton", "Clinton"]], groups);
    }

    [Fact]
    public void A_surname_alone_stays_a_short_form_cluster()
    {
        var cluster = Assert.Single(Link("Johnson resigned.", "en", ("Johnson", "PER")));

        Assert.True(cluster.IsShortFormOnly);
    }

    [Fact]
    public void Fewer_words_and_initials_join_the_fullest_name_and_keep_multi_word_keys()
    {
        var clusters = Link("Sarah Jane Johnson spoke. Sarah Johnson and S. J. Johnson are one.", "en",
            ("Sarah Jane Johnson", "PER"), ("Sarah Johnson", "PER"), ("S. J. Johnson", "PER"));

        var cluster = Assert.Single(clusters);
        Assert.Equal("sarah jane johnson", cluster.Key);
        Assert.Equal(["sarah johnson"], cluster.AlternateKeys);
        Assert.Contains(cluster.Links, link => link.Rule == "initials");
    }

    [Theory]
    [InlineData("en", "The European Central Bank said the ECB would act.", "European Central Bank", "ECB")]
    [InlineData("de", "Die Europäische Zentralbank (EZB) handelt.", "Europäische Zentralbank", "EZB")]
    [InlineData("ru", "Европейский центральный банк (ЕЦБ) сохранил ставку.", "Европейский центральный банк", "ЕЦБ")]
    [InlineData("fr", "L'Organisation du traité de l'Atlantique nord, ou OTAN, se réunit.", "Organisation du traité de l'Atlantique nord", "OTAN")]
    [InlineData("en", "The World Health Organization (WHO) warned.", "World Health Organization", "WHO")]
    public void An_acronym_joins_its_expansion(string language, string text, string expansion, string acronym)
    {
        var cluster = Assert.Single(Link(text, language, (expansion, "ORG"), (acronym, "ORG")));

        Assert.Equal(2, cluster.MentionIndexes.Count);
        Assert.Equal("acronym", cluster.Links.Single().Rule);
        Assert.Equal(expansion, cluster.CanonicalName);
    }

    [Fact]
    public void An_acronym_without_its_expansion_stays_apart()
    {
        Assert.Equal(2, Link("BMW and the European Central Bank.", "en", ("BMW", "ORG"), ("European Central Bank", "ORG")).Count);
    }

    [Fact]
    public void Legal_form_case_and_possessive_variants_are_one_cluster_named_by_the_fullest_form()
    {
        var cluster = Assert.Single(Link("Apple Inc. said APPLE INC and Apple's staff at Apple agree.", "en",
            ("Apple Inc.", "ORG"), ("APPLE INC", "ORG"), ("Apple's", "ORG"), ("Apple", "ORG")));

        Assert.Equal(("apple", "Apple Inc."), (cluster.Key, cluster.CanonicalName));
        Assert.Empty(cluster.Links);
    }

    [Fact]
    public void The_fruit_and_the_company_are_never_one_cluster()
    {
        var clusters = Link("Apple buys apple juice.", "en", ("Apple", "ORG"), ("apple", "MISC"));

        Assert.Equal(["ORG", "MISC"], clusters.Select(c => c.Type));
    }

    [Fact]
    public void The_first_or_last_word_of_an_organisation_joins_it()
    {
        var groups = Surfaces("Banco Santander and Nordwind Energy: Santander pays, Nordwind builds.", "es",
            ("Banco Santander", "ORG"), ("Nordwind Energy", "ORG"), ("Santander", "ORG"), ("Nordwind", "ORG"));

        Assert.Equal([["Banco Santander", "Santander"], ["Nordwind Energy", "Nordwind"]], groups);
    }

    [Fact]
    public void Declined_forms_join_in_languages_that_decline_names()
    {
        var clusters = Link("Путин сказал. Слова Путина и Газпром, акции Газпрома, Германии и Германия.", "ru",
            ("Путин", "PER"), ("Путина", "PER"), ("Газпром", "ORG"), ("Газпрома", "ORG"), ("Германии", "LOC"), ("Германия", "LOC"));

        Assert.Equal(3, clusters.Count);
        Assert.Equal(("putin", 2), (clusters[0].Key, clusters[0].MentionIndexes.Count));
        Assert.Equal("Путин", clusters[0].CanonicalName);
        Assert.Equal(2, clusters[1].MentionIndexes.Count);
        Assert.Equal(TestKeys.Keys().For("LOC", "Germany").Key, clusters[2].Key);
        Assert.NotNull(clusters[2].Concept);
    }

    [Fact]
    public void A_german_genitive_joins_the_person_and_english_names_do_not_decline()
    {
        Assert.Single(Link("Angela Merkel sprach. Merkels Rede.", "de", ("Angela Merkel", "PER"), ("Merkels", "PER")));
        Assert.Equal(2, Link("Maria met Mario.", "en", ("Maria", "PER"), ("Mario", "PER")).Count);
    }

    [Fact]
    public void Localized_names_of_one_place_are_one_cluster()
    {
        var cluster = Assert.Single(Link("Germany, or Deutschland, or Германия.", "en", ("Germany", "LOC"), ("Deutschland", "LOC"), ("Германия", "LOC")));

        Assert.Equal("territory:DE", cluster.Concept!.ConceptId);
        Assert.Equal("Germany", cluster.CanonicalName);
    }

    [Fact]
    public void Mentions_without_a_type_or_letters_are_left_out()
    {
        var mentions = new[] { new LinkMention(0, 3, "...", "ORG", "en"), new LinkMention(4, 8, "Acme", " ", "en") };

        Assert.Empty(Linker.Link(mentions));
    }
}
