using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>The contract every backend must meet; each backend runs it through a class deriving from this one.</summary>
public abstract class ConcurrencyConformance
{
    protected abstract StoreBackend Backend { get; }

    private static readonly EntityWrite Berlin = Entity("loc-berlin", "LOC", "Berlin");

    [Fact]
    public async Task Fifty_parallel_writes_of_one_shared_entity_give_exact_counts()
    {
        using var temp = await Backend.CreateAsync();
        var store = temp.Store;

        var created = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => store.UpsertDocumentAsync(Report(i, version: 1, berlinMentions: 2)))));

        Assert.All(created, outcome => Assert.Equal(DocumentWriteOutcome.Created, outcome));
        var berlin = (await store.GetEntitiesAsync([Berlin.Id]))[Berlin.Id];
        Assert.Equal((100, 50), (berlin.MentionCount, berlin.DocumentCount));
        Assert.Equal(100, (await store.GetAliasesAsync([Berlin.Id]))[Berlin.Id].Single().Count);
        var neighbours = await store.GetRelatedEntitiesAsync(Berlin.Id, 100);
        Assert.Equal(50, neighbours.Count);
        Assert.All(neighbours, n => Assert.Equal(1, n.CoOccurrenceCount));
        Assert.Equal(new GraphStatistics(Entities: 51, Documents: 50, Mentions: 150, Aliases: 51, new MentionStatusCounts(150, 0, 0, 0, 0)), await store.GetStatisticsAsync());
        CountAudit.AssertExact(temp);

        var updated = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => store.UpsertDocumentAsync(Report(i, version: 2, berlinMentions: i % 2 == 0 ? 1 : 0)))));

        Assert.All(updated, outcome => Assert.Equal(DocumentWriteOutcome.Updated, outcome));
        berlin = (await store.GetEntitiesAsync([Berlin.Id]))[Berlin.Id];
        Assert.Equal((25, 25), (berlin.MentionCount, berlin.DocumentCount));
        Assert.Equal(25, (await store.GetRelatedEntitiesAsync(Berlin.Id, 100)).Count);
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task Two_store_instances_on_one_file_serialize_their_writes()
    {
        using var temp = await Backend.CreateAsync();
        var other = temp.OpenAnother();
        await other.InitializeAsync();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => (i % 2 == 0 ? temp.Store : other).UpsertDocumentAsync(Report(i, version: 1, berlinMentions: 2)))));

        var berlin = (await other.GetEntitiesAsync([Berlin.Id]))[Berlin.Id];
        Assert.Equal((80, 40), (berlin.MentionCount, berlin.DocumentCount));
        Assert.Equal(40, (await temp.Store.GetStatisticsAsync()).Documents);
        CountAudit.AssertExact(temp);
    }

    private static DocumentWrite Report(int index, int version, int berlinMentions)
    {
        var person = Entity($"per-{index:D2}", "PER", $"Speaker{index:D2}");
        var builder = new DocumentBuilder($"doc-{index:D2}", $"Version {version}: Berlin hosted event {index}. Speaker{index:D2} spoke in Berlin.")
            .Mention(person, person.CanonicalName);
        for (var k = 0; k < berlinMentions; k++)
        {
            builder.Mention(Berlin, "Berlin", k);
        }

        return builder.Build();
    }
}
