using EntityGraph.Grains.Entities;
using EntityGraph.Grains.Tests.Fixtures;

namespace EntityGraph.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class ConcurrencyTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Forty_documents_mentioning_one_entity_in_parallel_give_exact_counts()
    {
        const int documents = 40;
        var inputs = Enumerable.Range(0, documents)
            .Select(i => new DocumentInput($"parallel-{i:D2}", $"ZEPHYRCORP opened depot number {i} and ZEPHYRCORP hired staff.", "en"))
            .ToList();

        var results = await Task.WhenAll(inputs.Select(d => fixture.Grains.GetGrain<IDocumentGrain>(d.Id).IngestAsync(d)));

        Assert.All(results, r => Assert.Equal("Created", r.Outcome));
        var id = EntityIds.Create("ORG", "zephyrcorp");
        Assert.All(results, r => Assert.Equal(2, r.Extraction.Entities.Count(e => e.EntityId == id)));
        var entity = (await fixture.Store.GetEntitiesAsync([id]))[id];
        Assert.Equal(2 * documents, entity.MentionCount);
        Assert.Equal(documents, entity.DocumentCount);
        var search = await fixture.Store.SearchEntitiesAsync(new Storage.EntityQuery("zephyrcorp", "ORG", null, 10, 0));
        Assert.Equal([id], search.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Concurrent_ingests_of_one_id_are_serialized_and_the_last_content_wins_cleanly()
    {
        var grain = fixture.Grains.GetGrain<IDocumentGrain>("same-id");
        var versions = Enumerable.Range(0, 8)
            .Select(i => new DocumentInput("same-id", i % 2 == 0 ? "RIVULON hired Tamsin." : "RIVULON thanked Tamsin twice.", "en"))
            .ToList();

        var results = await Task.WhenAll(versions.Select(v => grain.IngestAsync(v)));

        Assert.Equal(1, results.Count(r => r.Outcome == "Created"));
        var snapshot = await StoreSnapshot.TakeAsync(fixture.Store, "same-id");
        Assert.Equal(2, snapshot.Mentions.Count);
        var org = EntityIds.Create("ORG", "rivulon");
        var entity = (await fixture.Store.GetEntitiesAsync([org]))[org];
        Assert.Equal((1, 1), (entity.MentionCount, entity.DocumentCount));
    }
}
