using EntityGraph.Storage.Tests.Support;
using System.Data.Common;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>The contract every backend must meet; each backend runs it through a class deriving from this one.</summary>
public abstract class RollbackConformance
{
    protected abstract StoreBackend Backend { get; }

    private static readonly EntityWrite Alice = Entity("per-alice", "PER", "Alice");
    private static readonly EntityWrite Bob = Entity("per-bob", "PER", "Bob");
    private static readonly EntityWrite Boom = Entity("misc-boom", "MISC", "Boom");

    [Fact]
    public async Task A_constraint_failure_midway_leaves_the_store_exactly_as_before()
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Alice met Bob.").Mention(Alice, "Alice").Mention(Bob, "Bob").Tag("meeting", 0.4).Build());
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-2", "Bob alone.").Mention(Bob, "Bob").Build());
        temp.FailMentionInserts("Boom");
        var before = StoreSnapshot.Take(temp);

        var update = new DocumentBuilder("doc-1", "Bob heard a Boom.").Mention(Bob, "Bob").Mention(Boom, "Boom").Tag("noise", 0.9).Build();
        var failure = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.UpsertDocumentAsync(update));
        Assert.Equal(ErrorCodes.StorageFailure, failure.Code);
        Assert.IsAssignableFrom<DbException>(failure.InnerException);
        Assert.False(failure.IsInvalidInput);

        var create = new DocumentBuilder("doc-3", "Alice and a Boom.").Mention(Alice, "Alice").Mention(Boom, "Boom").Build();
        await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.UpsertDocumentAsync(create));

        Assert.Equal(before, StoreSnapshot.Take(temp));
        Assert.Null(await temp.Store.FindEntityByKeyAsync("MISC", "boom"));
        Assert.Empty(await temp.Store.GetDocumentsAsync(["doc-3"]));

        temp.StopFailingMentionInserts();
        Assert.Equal(DocumentWriteOutcome.Updated, await temp.Store.UpsertDocumentAsync(update));
        Assert.Equal(DocumentWriteOutcome.Created, await temp.Store.UpsertDocumentAsync(create));
        Assert.Equal(2, (await temp.Store.GetEntitiesAsync([Boom.Id]))[Boom.Id].DocumentCount);
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task An_unknown_entity_found_inside_the_transaction_writes_nothing()
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Alice met Bob.").Mention(Alice, "Alice").Mention(Bob, "Bob").Build());
        var before = StoreSnapshot.Take(temp);

        var write = new DocumentBuilder("doc-1", "Alice met Carol.").Mention(Alice, "Alice").Mention(Entity("per-carol", "PER", "Carol"), "Carol").Build();
        write = write with { Entities = [Alice] };

        var failure = await Assert.ThrowsAsync<GraphStoreException>(() => temp.Store.UpsertDocumentAsync(write));
        Assert.Equal(ErrorCodes.UnknownEntity, failure.Code);
        Assert.Contains("per-carol", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Take(temp));
    }
}
