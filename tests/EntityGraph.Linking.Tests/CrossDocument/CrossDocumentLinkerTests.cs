using EntityGraph.Linking.CrossDocument;
using EntityGraph.Linking.InDocument;
using EntityGraph.Linking.Options;

namespace EntityGraph.Linking.Tests.CrossDocument;

public sealed class CrossDocumentLinkerTests
{
    private static readonly CrossDocumentLinker Linker = new(Microsoft.Extensions.Options.Options.Create(new LinkingOptions()), TestKeys.Table);

    private static MentionCluster Cluster(string type, string surface, string language = "en") =>
        Assert.Single(new DocumentLinker(TestKeys.Keys()).Link([new LinkMention(0, surface.Length, surface, type, language)]));

    private static StoredCandidate Stored(string id, string type, string name, string key, string[]? matched = null, string[]? similar = null, string[]? shared = null) =>
        new(id, type, name, key, 3, matched ?? [], similar ?? [], shared ?? []);

    [Theory]
    [InlineData("LOC", "Austria", "e-australia", "LOC", "Australia", "australia")]
    [InlineData("MISC", "Austrian", "e-australian", "MISC", "Australian", "australian")]
    [InlineData("LOC", "Colombo", "e-colombia", "LOC", "Colombia", "colombia")]
    [InlineData("LOC", "Niger", "e-nigeria", "LOC", "Nigeria", "nigeria")]
    [InlineData("MONEY", "$ 2.3 billion", "e-money", "MONEY", "$ 23.4 million", "$ 23.4 million")]
    [InlineData("PERCENT", "12.5 %", "e-percent", "PERCENT", "12.6 %", "12.6 %")]
    public void Names_known_apart_and_unequal_values_never_link_even_with_shared_context(string type, string surface, string id, string storedType, string storedName, string storedKey)
    {
        var cluster = Cluster(type, surface);
        var stored = Stored(id, storedType, storedName, EntityGraph.Linking.Normalization.EntityKeyNormalizer.Normalize(storedType, storedKey), shared: ["e-a", "e-b", "e-c"]);

        var decision = Linker.Decide(cluster, [stored]);

        Assert.Null(decision.EntityId);
        Assert.Equal(LinkDecisionKinds.New, decision.Kind);
    }

    [Fact]
    public void An_equal_value_still_links()
    {
        var cluster = Cluster("MONEY", "$ 2.3 billion");

        var decision = Linker.Decide(cluster, [Stored("e-money", "MONEY", "$2.3 billion", cluster.Key, shared: ["e-a"])]);

        Assert.Equal("e-money", decision.EntityId);
    }

    [Fact]
    public void A_stored_name_of_one_entity_links_as_alias()
    {
        var decision = Linker.Decide(Cluster("ORG", "ECB"), [Stored("e-ecb", "ORG", "European Central Bank", "european central bank", matched: ["ECB"])]);

        Assert.Equal((LinkDecisionKinds.Alias, "e-ecb"), (decision.Kind, decision.EntityId));
        Assert.InRange(decision.Score, 0.9, 1.0);
    }

    [Fact]
    public void A_name_two_entities_share_needs_context_to_choose()
    {
        var candidates = new[]
        {
            Stored("e-1", "ORG", "Mercury Bank", "mercury bank", matched: ["Mercury"]),
            Stored("e-2", "ORG", "Mercury Records", "mercury records", matched: ["Mercury"], shared: ["e-london"]),
        };
        var withContext = Linker.Decide(Cluster("ORG", "Mercury"), candidates);
        var without = Linker.Decide(Cluster("ORG", "Mercury"), candidates.Select(c => c with { SharedContextEntityIds = [] }).ToList());

        Assert.Equal("e-2", withContext.EntityId);
        Assert.Equal((LinkDecisionKinds.Candidate, null), (without.Kind, without.EntityId));
        Assert.NotNull(without.CandidateEntityId);
    }

    [Fact]
    public void A_surname_alone_links_to_the_person_sharing_context_and_records_a_candidate_without_it()
    {
        var sarah = Stored("e-sarah", "PER", "Sarah Johnson", "sarah johnson", matched: ["Sarah Johnson", "Johnson"], shared: ["e-helios"]);
        var boris = Stored("e-boris", "PER", "Boris Johnson", "boris johnson", matched: ["Boris Johnson"]);

        var linked = Linker.Decide(Cluster("PER", "Johnson"), [boris, sarah]);
        var alone = Linker.Decide(Cluster("PER", "Johnson"), [boris, sarah with { SharedContextEntityIds = [] }]);

        Assert.Equal((LinkDecisionKinds.Partial, "e-sarah"), (linked.Kind, linked.EntityId));
        Assert.Equal(["e-helios"], linked.SharedEntityIds);
        Assert.Equal(LinkDecisionKinds.Candidate, alone.Kind);
        Assert.Null(alone.EntityId);
        Assert.Contains("no co-occurring entity", alone.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_close_spelling_links_only_with_shared_context()
    {
        var stored = Stored("e-nordwind", "ORG", "Nordwind Energy", "nordwind energy", similar: ["nordwind energy"], shared: ["e-hamburg"]);

        var linked = Linker.Decide(Cluster("ORG", "Nordwind Energie GmbH", "de"), [stored]);
        var unsupported = Linker.Decide(Cluster("ORG", "Nordwind Energie GmbH", "de"), [stored with { SharedContextEntityIds = [] }]);

        Assert.Equal((LinkDecisionKinds.Fuzzy, "e-nordwind"), (linked.Kind, linked.EntityId));
        Assert.InRange(linked.Score, 0.92, 1.0);
        Assert.Contains("Jaro-Winkler", linked.Reason, StringComparison.Ordinal);
        Assert.Equal((LinkDecisionKinds.Candidate, "e-nordwind"), (unsupported.Kind, unsupported.CandidateEntityId));
    }

    [Fact]
    public void Similar_but_different_names_do_not_link_even_with_context()
    {
        var decision = Linker.Decide(Cluster("ORG", "Deutsche Bahn"), [Stored("e-bank", "ORG", "Deutsche Bank", "deutsche bank", similar: ["deutsche bank"], shared: ["e-berlin", "e-frankfurt"])]);

        Assert.Equal(LinkDecisionKinds.New, decision.Kind);
        Assert.Null(decision.EntityId);
    }

    [Fact]
    public void The_same_name_of_another_type_is_a_candidate_never_a_link()
    {
        var decision = Linker.Decide(Cluster("MISC", "apple"), [Stored("e-apple", "ORG", "Apple Inc.", "apple", matched: ["Apple"], shared: ["e-x"])]);

        Assert.Equal((LinkDecisionKinds.Candidate, null, "e-apple"), (decision.Kind, decision.EntityId, decision.CandidateEntityId));
        Assert.Contains("different type", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_candidate_makes_a_new_entity()
    {
        var decision = Linker.Decide(Cluster("LOC", "Vellmar"), []);

        Assert.Equal((LinkDecisionKinds.New, 1.0), (decision.Kind, decision.Score));
    }

    [Fact]
    public void An_exact_decision_names_the_known_concept()
    {
        var decision = Linker.Exact(Cluster("LOC", "Deutschland", "de"), "e-de", TestKeys.Keys().For("LOC", "Germany").Key);

        Assert.Equal(LinkDecisionKinds.Exact, decision.Kind);
        Assert.Contains("territory:DE", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_are_validated()
    {
        var validator = new LinkingOptionsValidator();

        Assert.True(validator.Validate(null, new LinkingOptions()).Succeeded);
        var failed = validator.Validate(null, new LinkingOptions { FuzzyThreshold = 0.8, CandidateThreshold = 0.9, MinSharedContext = 0, MaxCandidates = 0, TokenThreshold = double.NaN });
        Assert.True(failed.Failed);
        Assert.Equal(4, failed.Failures!.Count());
    }
}
