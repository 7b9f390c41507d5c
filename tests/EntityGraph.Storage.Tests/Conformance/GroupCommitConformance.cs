using EntityGraph.Storage.Relational;
using EntityGraph.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>
/// The contract every backend must meet; each backend runs it through a class deriving from this one. Writes queued
/// while the write gate is held are stored in one transaction, each document in its own savepoint.
/// </summary>
public abstract class GroupCommitConformance
{
    protected abstract StoreBackend Backend { get; }

    private static readonly EntityWrite Alice = Entity("per-alice", "PER", "Alice");
    private static readonly EntityWrite Bob = Entity("per-bob", "PER", "Bob");
    private static readonly EntityWrite Boom = Entity("misc-boom", "MISC", "Boom");

    [Fact]
    public async Task Queued_writes_share_one_transaction_and_a_failing_document_fails_alone()
    {
        using var temp = await Backend.CreateAsync();
        using var gate = new SemaphoreSlim(1, 1);
        var writer = new DocumentWriter(temp.Store.Backend, gate, NullLogger.Instance, TimeProvider.System);
        temp.FailMentionInserts("Boom");

        await gate.WaitAsync();
        var first = writer.UpsertAsync(new DocumentBuilder("doc-a", "Alice met Bob.").Mention(Alice, "Alice").Mention(Bob, "Bob").Build());
        var unknown = writer.UpsertAsync(new DocumentBuilder("doc-b", "Carol called.").Mention(Entity("per-carol", "PER", "Carol"), "Carol").Build() with { Entities = [] });
        var failing = writer.UpsertAsync(new DocumentBuilder("doc-c", "Bob heard a Boom.").Mention(Bob, "Bob").Mention(Boom, "Boom").Build());
        var laterInGroup = writer.UpsertAsync(new DocumentBuilder("doc-d", "Alice again.").Mention(Alice, "Alice").Build() with { Entities = [] });
        var again = writer.UpsertAsync(new DocumentBuilder("doc-a", "Alice met Bob.").Mention(Alice, "Alice").Mention(Bob, "Bob").Build());
        gate.Release();

        Assert.Equal(DocumentWriteOutcome.Created, await first);
        Assert.Equal(ErrorCodes.UnknownEntity, (await Assert.ThrowsAsync<GraphStoreException>(() => unknown)).Code);
        Assert.Equal(ErrorCodes.StorageFailure, (await Assert.ThrowsAsync<GraphStoreException>(() => failing)).Code);
        Assert.Equal(DocumentWriteOutcome.Created, await laterInGroup);
        Assert.Equal(DocumentWriteOutcome.Unchanged, await again);
        Assert.Equal(1, writer.Transactions);

        Assert.Equal(["doc-a", "doc-d"], (await temp.Store.GetDocumentsAsync(["doc-a", "doc-b", "doc-c", "doc-d"])).Keys.Order(StringComparer.Ordinal));
        Assert.Null(await temp.Store.FindEntityByKeyAsync("MISC", "boom"));
        Assert.Equal((2, 2), Counts((await temp.Store.GetEntitiesAsync([Alice.Id]))[Alice.Id]));
        Assert.Equal((1, 1), Counts((await temp.Store.GetEntitiesAsync([Bob.Id]))[Bob.Id]));
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task More_queued_writes_than_one_group_holds_all_commit_in_several_transactions()
    {
        using var temp = await Backend.CreateAsync();
        using var gate = new SemaphoreSlim(1, 1);
        var writer = new DocumentWriter(temp.Store.Backend, gate, NullLogger.Instance, TimeProvider.System);
        var count = DocumentWriter.MaxGroup * 2 + 3;

        await gate.WaitAsync();
        var writes = Enumerable.Range(0, count)
            .Select(i => writer.UpsertAsync(new DocumentBuilder($"doc-{i:D3}", $"Alice wrote note {i}.").Mention(Alice, "Alice").Build()))
            .ToList();
        gate.Release();

        Assert.All(await Task.WhenAll(writes), outcome => Assert.Equal(DocumentWriteOutcome.Created, outcome));
        Assert.Equal(3, writer.Transactions);
        Assert.Equal((count, count), Counts((await temp.Store.GetEntitiesAsync([Alice.Id]))[Alice.Id]));
        CountAudit.AssertExact(temp);
    }

    [Fact]
    public async Task A_write_cancelled_while_it_waits_is_withdrawn_and_never_stored()
    {
        using var temp = await Backend.CreateAsync();
        using var gate = new SemaphoreSlim(1, 1);
        var writer = new DocumentWriter(temp.Store.Backend, gate, NullLogger.Instance, TimeProvider.System);
        using var cancellation = new CancellationTokenSource();

        await gate.WaitAsync();
        var cancelled = writer.UpsertAsync(new DocumentBuilder("doc-x", "Alice left.").Mention(Alice, "Alice").Build(), cancellation.Token);
        var kept = writer.UpsertAsync(new DocumentBuilder("doc-y", "Bob stayed.").Mention(Bob, "Bob").Build());
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        gate.Release();

        Assert.Equal(DocumentWriteOutcome.Created, await kept);
        Assert.Equal(["doc-y"], (await temp.Store.GetDocumentsAsync(["doc-x", "doc-y"])).Keys);
        Assert.Null(await temp.Store.FindEntityByKeyAsync("PER", "alice"));
    }

    private static (int Mentions, int Documents) Counts(EntityRecord entity) => (entity.MentionCount, entity.DocumentCount);
}
