using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests;

public sealed class SchemaTests
{
    [Fact]
    public async Task Initialize_creates_a_versioned_wal_database_and_can_run_again()
    {
        using var temp = new TempStore();
        Assert.False(Directory.Exists(temp.DataDirectory));

        await temp.Store.InitializeAsync();
        await temp.Store.InitializeAsync();
        await temp.OpenAnother().InitializeAsync();

        Assert.True(File.Exists(Path.Combine(temp.DataDirectory, "entitygraph.db")));
        using var connection = temp.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "SELECT group_concat(version) FROM schema_version;";
        Assert.Equal("1,2", command.ExecuteScalar());
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('entities','entity_keys','aliases','documents','tags','mentions','cooccurrence');";
        Assert.Equal(7L, command.ExecuteScalar());
    }

    [Fact]
    public async Task First_use_without_initialize_creates_the_schema()
    {
        using var temp = new TempStore();

        var outcome = await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Rome.").Mention(Entity("loc-rome", "LOC", "Rome"), "Rome").Build());

        Assert.Equal(DocumentWriteOutcome.Created, outcome);
        Assert.Equal(1, (await temp.OpenAnother().GetStatisticsAsync()).Documents);
    }

    [Fact]
    public async Task A_database_from_a_newer_schema_is_refused()
    {
        using var temp = await TempStore.CreateAsync();
        temp.Execute("INSERT INTO schema_version (version, applied_at) VALUES (99, 0);");

        var failure = await Assert.ThrowsAsync<GraphStoreException>(() => temp.OpenAnother().InitializeAsync());

        Assert.Equal(GraphStoreErrorCodes.UnsupportedSchema, failure.Code);
        Assert.Contains("99", failure.Message, StringComparison.Ordinal);
    }
}
