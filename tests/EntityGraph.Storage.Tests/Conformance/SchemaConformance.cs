using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Conformance;

/// <summary>The contract every backend must meet; each backend runs it through a class deriving from this one.</summary>
public abstract class SchemaConformance
{
    protected abstract StoreBackend Backend { get; }

    [Fact]
    public async Task Initialize_creates_the_versioned_schema_and_can_run_again_from_several_instances()
    {
        using var temp = await Backend.CreateUninitializedAsync();

        await Task.WhenAll(temp.Store.InitializeAsync(), temp.OpenAnother().InitializeAsync(), temp.OpenAnother().InitializeAsync());
        await temp.Store.InitializeAsync();

        Assert.Equal(8L, Convert.ToInt64(temp.Scalar("SELECT COUNT(*) FROM schema_version;"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Subset(
            new HashSet<string>(temp.TableNames()),
            new HashSet<string> { "entities", "entity_keys", "aliases", "documents", "tags", "mention_rows", "mention_reviews", "cooccurrence", "key_grams", "link_decisions", "entity_redirects" });
    }

    [Fact]
    public async Task First_use_without_initialize_creates_the_schema()
    {
        using var temp = await Backend.CreateUninitializedAsync();

        var outcome = await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Rome.").Mention(Entity("loc-rome", "LOC", "Rome"), "Rome").Build());

        Assert.Equal(DocumentWriteOutcome.Created, outcome);
        Assert.Equal(1, (await temp.OpenAnother().GetStatisticsAsync()).Documents);
    }

    [Fact]
    public async Task A_database_from_a_newer_schema_is_refused()
    {
        using var temp = await Backend.CreateAsync();
        temp.Execute("INSERT INTO schema_version (version, applied_at) VALUES (99, 0);");

        var failure = await Assert.ThrowsAsync<GraphStoreException>(() => temp.OpenAnother().InitializeAsync());

        Assert.Equal(ErrorCodes.UnsupportedSchema, failure.Code);
        Assert.Contains("99", failure.Message, StringComparison.Ordinal);
    }
}
