using EntityGraph.Storage.Relational;
using EntityGraph.Storage.Tests.Sqlite;
using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Postgres;

/// <summary>A whole graph copied SQLite -> PostgreSQL -> SQLite comes back row for row, and an interrupted copy resumes.</summary>
public sealed class StoreCopyTests
{
    private static readonly EntityWrite Keller = Entity("per-keller", "PER", "Maria Keller");
    private static readonly EntityWrite Nordwind = Entity("org-nordwind", "ORG", "Nordwind Energy");
    private static readonly EntityWrite NordwindShort = Entity("org-nordwind-short", "ORG", "Nordwind");
    private static readonly EntityWrite Hamburg = Entity("loc-hamburg", "LOC", "Hamburg");

    [Fact]
    public async Task Copy_to_postgresql_and_back_gives_identical_rows_exports_and_counts()
    {
        using var original = new SqliteTempStore();
        await SeedAsync(original.Store);
        using var server = await PostgresStores.Instance.CreateUninitializedAsync();
        using var back = new SqliteTempStore();

        var there = await new GraphCopier(original.Store, server.Store) { BatchRows = 7 }.CopyAsync(resume: false);
        var again = await new GraphCopier(server.Store, back.Store).CopyAsync(resume: false);

        Assert.True(there.Complete);
        Assert.True(again.Complete);
        Assert.Equal(StoreSnapshot.Take(original), StoreSnapshot.Take(back));
        Assert.Equal(await ExportAsync(original.Store), await ExportAsync(server.Store));
        Assert.Equal(await original.Store.GetStatisticsAsync(), await server.Store.GetStatisticsAsync());
        CountAudit.AssertExact(server);
        Assert.Equal("org-nordwind", await server.Store.FindEntityByKeyAsync("ORG", NordwindShort.NormalizedKey));
        Assert.Equal(await DecisionsAsync(original.Store), await DecisionsAsync(server.Store));

        var next = await server.Store.UpsertDocumentAsync(new DocumentBuilder("doc-4", "Hamburg again.").Mention(Hamburg, "Hamburg").Build());
        Assert.Equal(DocumentWriteOutcome.Created, next);
        var mentionIds = (await ExportAsync(server.Store)).Select(m => m.Id).ToList();
        Assert.Equal(mentionIds.Count, mentionIds.Distinct().Count());
    }

    [Fact]
    public async Task A_copy_into_a_non_empty_store_is_refused_unless_resumed_and_a_resumed_copy_completes()
    {
        using var original = new SqliteTempStore();
        await SeedAsync(original.Store);
        using var server = await PostgresStores.Instance.CreateUninitializedAsync();
        await server.Store.InitializeAsync();
        var keller = (await original.Store.GetEntitiesAsync([Keller.Id]))[Keller.Id];
        server.Execute($"INSERT INTO entities (id, type, canonical_name, normalized_key, mention_count, document_count, created_at) VALUES ('{keller.Id}', '{keller.Type}', '{keller.CanonicalName}', '{keller.NormalizedKey}', {keller.MentionCount}, {keller.DocumentCount}, {original.Clock.GetUtcNow().UtcTicks});");

        var refused = await Assert.ThrowsAsync<GraphStoreException>(() => new GraphCopier(original.Store, server.Store).CopyAsync(resume: false));
        var resumed = await new GraphCopier(original.Store, server.Store).CopyAsync(resume: true);

        Assert.Contains("not empty", refused.Message, StringComparison.Ordinal);
        Assert.True(resumed.Complete);
        CountAudit.AssertExact(server);
        Assert.Equal(await ExportAsync(original.Store), await ExportAsync(server.Store));
        Assert.Equal(await original.Store.GetStatisticsAsync(), await server.Store.GetStatisticsAsync());
    }

    private static async Task SeedAsync(IGraphStore store)
    {
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Maria Keller of Nordwind Energy spoke in Hamburg.")
            .Mention(Keller, "Maria Keller").Mention(Nordwind, "Nordwind Energy").Mention(Hamburg, "Hamburg").Tag("energy", 0.8).Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-2", "Nordwind opened in Hamburg; Keller smiled.")
            .Mention(NordwindShort, "Nordwind").Mention(Hamburg, "Hamburg").Mention(Keller, "Keller").Build());
        await store.UpsertDocumentAsync(new DocumentBuilder("doc-3", "Hamburg, Hamburg.").MentionAll(Hamburg, "Hamburg").Build());
        await store.SetTagAsync("doc-2", "Featured", present: true);
        await store.MergeEntitiesAsync(new EntityMerge(Nordwind.Id, [NordwindShort.Id], "same company"));
        await store.AddAliasAsync(new AliasAddition(Keller.Id, "M. Keller", "de", "m keller"));
    }

    private static async Task<List<string>> DecisionsAsync(IGraphStore store) =>
        (await store.GetLinkDecisionsAsync(new LinkDecisionQuery(null, null, 100, 0))).Items
            .Select(d => $"{d.Id}|{d.EntityId}|{d.DocumentId}|{d.Surface}|{d.Kind}|{d.Score}|{d.Reason}|{d.CandidateEntityId}|{string.Join(',', d.SharedEntityIds)}|{d.CreatedAt:O}")
            .ToList();

    private static async Task<List<MentionRecord>> ExportAsync(IGraphStore store)
    {
        var mentions = new List<MentionRecord>();
        await foreach (var mention in store.StreamMentionsAsync())
        {
            mentions.Add(mention);
        }

        return mentions;
    }
}
