using EntityGraph.Grains.Entities;
using EntityGraph.Grains.Tests.Fixtures;
using EntityGraph.Storage;

namespace EntityGraph.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class DocumentIngestTests(ClusterFixture fixture)
{
    private Task<IngestResult> IngestAsync(DocumentInput input) =>
        fixture.Grains.GetGrain<IDocumentGrain>(input.Id).IngestAsync(input);

    [Fact]
    public async Task Ingest_writes_document_entities_and_mentions_with_exact_spans()
    {
        const string text = "NORDCORP hired Annika and later NORDCORP promoted Annika again.";
        var result = await IngestAsync(new DocumentInput("ingest-1", text, "en", "NORDCORP grows"));

        Assert.Equal("Created", result.Outcome);
        var snapshot = await StoreSnapshot.TakeAsync(fixture.Store, "ingest-1");
        Assert.NotNull(snapshot.Document);
        Assert.Equal(text, snapshot.Document.Text);
        Assert.Equal("en", snapshot.Document.Language);
        Assert.Equal("NORDCORP grows", snapshot.Document.Title);

        var org = EntityIds.Create("ORG", "nordcorp");
        var per = EntityIds.Create("PER", "annika");
        Assert.Equal(
            [(0, 8, "NORDCORP", org), (15, 21, "Annika", per), (32, 40, "NORDCORP", org), (50, 56, "Annika", per)],
            snapshot.Mentions.Select(m => (m.Start, m.End, m.Text, m.EntityId)).ToList());
        Assert.All(snapshot.Mentions, m => Assert.Equal(text[m.Start..m.End], m.Text));
        Assert.All(snapshot.Mentions, m => Assert.Equal("en", m.Language));

        var entities = await fixture.Store.GetEntitiesAsync([org, per]);
        Assert.Equal(("ORG", "NORDCORP", "nordcorp", 2, 1), Describe(entities[org]));
        Assert.Equal(("PER", "Annika", "annika", 2, 1), Describe(entities[per]));
        Assert.Equal(snapshot.Mentions.Select(m => m.EntityId), result.Extraction.Entities.Select(e => e.EntityId));
    }

    [Fact]
    public async Task Ingest_tags_the_document_with_its_salient_entities_and_keeps_manual_tags()
    {
        var input = new DocumentInput("ingest-tags", "VELTRAX signed with Brunhild.", "en", "VELTRAX deal", Tags: ["deals"]);
        await IngestAsync(input);

        var document = (await fixture.Store.GetDocumentsAsync(["ingest-tags"]))["ingest-tags"];
        var automatic = document.Tags.Where(t => !t.Manual).ToList();
        Assert.Contains(automatic, t => t.Name == "VELTRAX");
        Assert.All(automatic, t => Assert.InRange(t.Score, 0.0, 1.0));
        var veltrax = automatic.Single(t => t.Name == "VELTRAX");
        Assert.All(automatic.Where(t => t.Name != "VELTRAX"), t => Assert.True(t.Score <= veltrax.Score));
        Assert.Contains(document.Tags, t => t is { Name: "deals", Manual: true });
    }

    [Fact]
    public async Task Reingesting_the_same_content_is_unchanged_and_leaves_the_store_identical()
    {
        var input = new DocumentInput("idem-1", "QUORIX hired Sigrun.", "en", "QUORIX");
        Assert.Equal("Created", (await IngestAsync(input)).Outcome);
        var before = await StoreSnapshot.TakeAsync(fixture.Store, "idem-1");

        var again = await IngestAsync(input);
        var thirdFromCopy = await IngestAsync(input with { Tags = [] });

        Assert.Equal("Unchanged", again.Outcome);
        Assert.Equal("Unchanged", thirdFromCopy.Outcome);
        Assert.Equal(
            before.Mentions.Select(m => (m.Start, m.End, m.LinkedEntityId)),
            again.Extraction.Entities.Select(e => (e.Start, e.End, e.EntityId!)));
        (await StoreSnapshot.TakeAsync(fixture.Store, "idem-1")).AssertSameAs(before);
    }

    [Fact]
    public async Task Changed_content_replaces_the_mentions_and_fixes_the_counts()
    {
        await IngestAsync(new DocumentInput("change-1", "INITRO hired Milena.", "en"));
        var oldOrg = EntityIds.Create("ORG", "initro");
        Assert.Equal(1, (await fixture.Store.GetEntitiesAsync([oldOrg]))[oldOrg].MentionCount);

        var result = await IngestAsync(new DocumentInput("change-1", "UMBRAX hired Milena. UMBRAX thanked Milena.", "en"));

        Assert.Equal("Updated", result.Outcome);
        var newOrg = EntityIds.Create("ORG", "umbrax");
        var person = EntityIds.Create("PER", "milena");
        var snapshot = await StoreSnapshot.TakeAsync(fixture.Store, "change-1");
        Assert.Equal(
            [(0, 6, newOrg), (13, 19, person), (21, 27, newOrg), (36, 42, person)],
            snapshot.Mentions.Select(m => (m.Start, m.End, m.EntityId)).ToList());
        var entities = await fixture.Store.GetEntitiesAsync([oldOrg, newOrg, person]);
        Assert.True(!entities.TryGetValue(oldOrg, out var old) || (old.MentionCount == 0 && old.DocumentCount == 0));
        Assert.Equal((2, 1), (entities[newOrg].MentionCount, entities[newOrg].DocumentCount));
        Assert.Equal((2, 1), (entities[person].MentionCount, entities[person].DocumentCount));
    }

    private static (string Type, string Name, string Key, int Mentions, int Documents) Describe(EntityRecord entity) =>
        (entity.Type, entity.CanonicalName, entity.NormalizedKey, entity.MentionCount, entity.DocumentCount);
}
