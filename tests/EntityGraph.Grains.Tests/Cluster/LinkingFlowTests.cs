using EntityGraph.Grains.Entities;
using EntityGraph.Grains.Tests.Fixtures;
using EntityGraph.Linking.CrossDocument;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Tests.Cluster;

/// <summary>Linking through the document and entity grains with annotated mentions (so the text decides nothing).</summary>
[Collection(ClusterCollection.Name)]
public sealed class LinkingFlowTests(ClusterFixture fixture)
{
    private Task<IngestResult> IngestAsync(DocumentInput input) => fixture.Grains.GetGrain<IDocumentGrain>(input.Id).IngestAsync(input);

    private async Task<IReadOnlyList<MentionRecord>> MentionsAsync(string documentId) =>
        (await fixture.Store.GetMentionsByDocumentAsync([documentId]))[documentId];

    [Fact]
    public async Task Annotated_mentions_are_stored_as_given_and_short_forms_join_their_full_name()
    {
        var result = await IngestAsync(Annotated.Document("flow-1", "en", "Ingrid Halvorsen leads Velmora Energy. Halvorsen said Velmora will grow.",
            ("Ingrid Halvorsen", "PER"), ("Velmora Energy", "ORG"), ("Halvorsen", "PER"), ("Velmora", "ORG")));

        var mentions = await MentionsAsync("flow-1");
        Assert.Equal("Created", result.Outcome);
        Assert.Equal(4, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("annotated", m.ModelId));
        Assert.Equal(2, mentions.Select(m => m.EntityId).Distinct().Count());
        Assert.Equal(mentions[0].EntityId, mentions[2].EntityId);
        Assert.Equal(EntityIds.Create("PER", "ingrid halvorsen"), mentions[0].EntityId);
        var decisions = await fixture.Store.GetLinkDecisionsAsync(new LinkDecisionQuery(mentions[0].EntityId, LinkDecisionKinds.InDocument, 10, 0));
        Assert.Contains(decisions.Items, d => d.Surface == "Halvorsen" && d.Reason.Contains("surname", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_close_spelling_in_another_document_links_with_shared_context_and_its_key_is_kept()
    {
        await IngestAsync(Annotated.Document("flow-2a", "en", "Torvik Halden of Brekkan Shipping spoke in Bergen.",
            ("Torvik Halden", "PER"), ("Brekkan Shipping", "ORG"), ("Bergen", "LOC")));

        await IngestAsync(Annotated.Document("flow-2b", "de", "Die Brekkan Schipping GmbH und Torvik Halden in Bergen.",
            ("Brekkan Schipping GmbH", "ORG"), ("Torvik Halden", "PER"), ("Bergen", "LOC")));

        var shipping = EntityIds.Create("ORG", "brekkan shipping");
        Assert.Equal(shipping, (await MentionsAsync("flow-2b"))[0].EntityId);
        var fuzzy = Assert.Single((await fixture.Store.GetLinkDecisionsAsync(new LinkDecisionQuery(shipping, LinkDecisionKinds.Fuzzy, 10, 0))).Items);
        Assert.Equal(("flow-2b", "Brekkan Schipping GmbH"), (fuzzy.DocumentId, fuzzy.Surface));
        Assert.InRange(fuzzy.Score, 0.92, 1.0);
        Assert.Contains(EntityIds.Create("PER", "torvik halden"), fuzzy.SharedEntityIds);
        Assert.Equal(shipping, await fixture.Store.FindEntityByKeyAsync("ORG", "brekkan schipping"));

        await IngestAsync(Annotated.Document("flow-2c", "de", "Brekkan Schipping wächst.", ("Brekkan Schipping", "ORG")));
        Assert.Equal(shipping, (await MentionsAsync("flow-2c"))[0].EntityId);
    }

    [Fact]
    public async Task A_close_spelling_without_shared_context_is_a_new_entity_with_a_recorded_candidate()
    {
        await IngestAsync(Annotated.Document("flow-3a", "en", "Quillon Dynamics hired staff in Oslo.", ("Quillon Dynamics", "ORG"), ("Oslo", "LOC")));

        await IngestAsync(Annotated.Document("flow-3b", "en", "Quillon Dynamiks sponsors a chess club.", ("Quillon Dynamiks", "ORG")));

        var created = (await MentionsAsync("flow-3b"))[0].EntityId;
        Assert.Equal(EntityIds.Create("ORG", "quillon dynamiks"), created);
        var candidate = Assert.Single((await fixture.Store.GetLinkDecisionsAsync(new LinkDecisionQuery(created, LinkDecisionKinds.Candidate, 10, 0))).Items);
        Assert.Equal(EntityIds.Create("ORG", "quillon dynamics"), candidate.CandidateEntityId);
        Assert.Contains("no co-occurring entity", candidate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Country_names_in_different_languages_and_scripts_are_one_entity_even_in_parallel()
    {
        var names = new[] { ("de", "Deutschland"), ("en", "Germany"), ("ru", "Германия"), ("ru", "Германии"), ("zh", "德国"), ("fr", "Allemagne") };
        var inputs = Enumerable.Range(0, 12)
            .Select(i => names[i % names.Length])
            .Select((name, i) => Annotated.Document($"flow-4-{i:D2}", name.Item1, $"{name.Item2} !", (name.Item2, "LOC")))
            .ToList();

        await Task.WhenAll(inputs.Select(IngestAsync));

        var germany = EntityIds.Create("LOC", "germany");
        foreach (var input in inputs)
        {
            Assert.Equal(germany, (await MentionsAsync(input.Id))[0].EntityId);
        }

        var entity = (await fixture.Store.GetEntitiesAsync([germany]))[germany];
        Assert.Equal("Germany", entity.CanonicalName);
        Assert.True(entity.DocumentCount >= 12);
        Assert.Equal(germany, (await fixture.Store.SearchEntitiesAsync(new EntityQuery("Германия", "LOC", null, 5, 0))).Items.Single().Id);
    }

    [Fact]
    public async Task A_surname_alone_links_to_the_person_the_context_points_to()
    {
        await IngestAsync(Annotated.Document("flow-5a", "en", "Odile Marchetti runs Corvanta Bank.", ("Odile Marchetti", "PER"), ("Corvanta Bank", "ORG")));
        await IngestAsync(Annotated.Document("flow-5b", "en", "Bruno Marchetti coaches Fiorenza FC.", ("Bruno Marchetti", "PER"), ("Fiorenza FC", "ORG")));

        await IngestAsync(Annotated.Document("flow-5c", "en", "Marchetti said Corvanta Bank will grow.", ("Marchetti", "PER"), ("Corvanta Bank", "ORG")));
        await IngestAsync(Annotated.Document("flow-5d", "en", "Marchetti wore a red scarf.", ("Marchetti", "PER")));

        Assert.Equal(EntityIds.Create("PER", "odile marchetti"), (await MentionsAsync("flow-5c"))[0].EntityId);
        var alone = (await MentionsAsync("flow-5d"))[0].EntityId;
        Assert.Equal(EntityIds.Create("PER", "marchetti"), alone);
        Assert.Single((await fixture.Store.GetLinkDecisionsAsync(new LinkDecisionQuery(alone, LinkDecisionKinds.Candidate, 10, 0))).Items);
    }

    [Theory]
    [InlineData("no-language")]
    [InlineData("span")]
    [InlineData("type")]
    [InlineData("duplicate")]
    public async Task Bad_annotations_are_invalid_input_and_store_nothing(string problem)
    {
        var input = new DocumentInput($"flow-bad-{problem}", "Acme hired Bo.", "en", Mentions: [new MentionInput(0, 4, "ORG")]);
        input = problem switch
        {
            "no-language" => input with { Language = null },
            "span" => input with { Mentions = [new MentionInput(5, 99, "ORG")] },
            "type" => input with { Mentions = [new MentionInput(0, 4, "OR|G")] },
            _ => input with { Mentions = [new MentionInput(0, 4, "ORG"), new MentionInput(0, 4, "ORG")] },
        };

        var error = await Assert.ThrowsAsync<EntityGraphException>(() => IngestAsync(input));

        Assert.Equal(ErrorCodes.InvalidInput, error.Code);
        Assert.Null(await fixture.Store.GetContentHashAsync(input.Id));
    }

    [Fact]
    public async Task Changing_only_the_annotations_updates_the_document()
    {
        var first = Annotated.Document("flow-6", "en", "Harlow met Penn.", ("Harlow", "PER"));
        await IngestAsync(first);

        var second = await IngestAsync(Annotated.Document("flow-6", "en", "Harlow met Penn.", ("Harlow", "PER"), ("Penn", "PER")));

        Assert.Equal("Updated", second.Outcome);
        Assert.Equal(2, (await MentionsAsync("flow-6")).Count);
        Assert.Equal("Unchanged", (await IngestAsync(Annotated.Document("flow-6", "en", "Harlow met Penn.", ("Harlow", "PER"), ("Penn", "PER")))).Outcome);
    }
}
