using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary><see cref="IGraphStore.CheckAsync"/>; every backend runs it through a derived class.</summary>
public abstract class StoreCheckConformance
{
    protected abstract StoreBackend Backend { get; }

    private static readonly EntityWrite Acme = Entity("org-acme", "ORG", "ACME");
    private static readonly EntityWrite Anna = Entity("per-anna", "PER", "Anna");

    [Fact]
    public async Task A_store_written_through_the_contract_checks_clean()
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "ACME hired Anna.").Mention(Acme, "ACME").Mention(Anna, "Anna").Build());
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-2", "ACME again.").Mention(Acme, "ACME").Build());

        var result = await temp.Store.CheckAsync();

        Assert.True(result.Ok, string.Join("; ", result.CountProblems));
        Assert.StartsWith("ok", result.IntegrityDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_that_disagree_with_the_mention_rows_are_each_reported()
    {
        using var temp = await Backend.CreateAsync();
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "ACME hired Anna.").Mention(Acme, "ACME").Mention(Anna, "Anna").Build());
        temp.Execute("UPDATE entities SET mention_count = 7 WHERE id = 'org-acme';");
        temp.Execute("UPDATE aliases SET count = 3 WHERE entity_id = 'per-anna';");
        temp.Execute("DELETE FROM cooccurrence;");

        var result = await temp.Store.CheckAsync();

        Assert.True(result.IntegrityOk);
        Assert.False(result.Ok);
        Assert.Contains(result.CountProblems, problem => problem.StartsWith("entity org-acme stores 7/1 but rows say 1/1", StringComparison.Ordinal));
        Assert.Contains(result.CountProblems, problem => problem.StartsWith("alias missing or wrong: per-anna Anna en x1", StringComparison.Ordinal));
        Assert.Contains(result.CountProblems, problem => problem.StartsWith("co-occurrence missing or wrong: org-acme per-anna x1", StringComparison.Ordinal));
    }
}
