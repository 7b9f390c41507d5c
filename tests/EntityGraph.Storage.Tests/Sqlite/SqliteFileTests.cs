using EntityGraph.Storage.Sqlite;
using EntityGraph.Storage.Tests.Support;
using static EntityGraph.Storage.Tests.Support.DocumentBuilder;

namespace EntityGraph.Storage.Tests.Sqlite;

/// <summary>What only the SQLite backend has: a WAL file in the data directory, and files written by older builds.</summary>
public sealed class SqliteFileTests
{
    private static readonly EntityWrite Nordwind = Entity("org-nordwind", "ORG", "Nordwind Energy");

    [Fact]
    public async Task Initialize_creates_a_wal_database_file_in_the_data_directory()
    {
        using var temp = new SqliteTempStore();
        Assert.False(Directory.Exists(temp.DataDirectory));

        await temp.Store.InitializeAsync();

        Assert.True(File.Exists(Path.Combine(temp.DataDirectory, "entitygraph.db")));
        Assert.Equal("wal", temp.Scalar("PRAGMA journal_mode;"));
        Assert.Equal("1,2,3,4,5,6,7,8", temp.Scalar("SELECT group_concat(version) FROM schema_version;"));
    }

    [Fact]
    public async Task A_schema_1_database_is_upgraded_and_its_keys_indexed_for_fuzzy_candidates()
    {
        using var temp = new SqliteTempStore();
        await temp.Store.UpsertDocumentAsync(new DocumentBuilder("doc-1", "Nordwind Energy spoke.").Mention(Nordwind, "Nordwind Energy").Build());
        temp.Execute("DROP INDEX ix_entity_keys_name; DROP TABLE job_items; DROP TABLE jobs; DROP TABLE key_grams; DROP TABLE manual_alias_terms; DROP TABLE manual_aliases; DROP TABLE document_entities; DROP TABLE link_decisions; DROP TABLE entity_redirects; DROP TABLE api_keys; DELETE FROM schema_version WHERE version >= 2;");
        temp.Execute(SchemaOneMentions);

        await temp.OpenAnother().InitializeAsync();

        var mention = Assert.Single((await temp.OpenAnother().GetMentionsByDocumentAsync(["doc-1"]))["doc-1"]);
        Assert.Equal((Nordwind.Id, MentionStatus.Accepted), (mention.EntityId, mention.Status));

        var candidates = await temp.OpenAnother().FindLinkCandidatesAsync(new LinkCandidateQuery("ORG", "nordwind energie", [], 10));
        Assert.Equal(Nordwind.Id, Assert.Single(candidates).Entity.Id);
        CountAudit.AssertExact(temp);
    }

    /// <summary>Turns the mention rows of a current database back into schema 1's mentions table (no status, no review columns) and drops the document origins.</summary>
    private const string SchemaOneMentions = """
        DROP INDEX ix_documents_origin_parent;
        ALTER TABLE documents DROP COLUMN origin_path;
        ALTER TABLE documents DROP COLUMN origin_format;
        ALTER TABLE documents DROP COLUMN origin_part;
        ALTER TABLE documents DROP COLUMN origin_parent_id;
        ALTER TABLE documents DROP COLUMN origin_metadata;
        DROP VIEW mentions;
        DROP TABLE mention_reviews;
        DROP INDEX ix_documents_reviewed;
        ALTER TABLE documents DROP COLUMN domain;
        ALTER TABLE documents DROP COLUMN reviewed_by;
        ALTER TABLE documents DROP COLUMN reviewed_at;
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id TEXT NOT NULL REFERENCES documents (id),
            entity_id TEXT NOT NULL REFERENCES entities (id),
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            confidence REAL NOT NULL,
            model_id TEXT NOT NULL,
            language TEXT NOT NULL,
            CHECK (start_offset >= 0 AND end_offset > start_offset),
            UNIQUE (document_id, entity_id, start_offset, end_offset)
        );
        INSERT INTO mentions SELECT id, document_id, entity_id, start_offset, end_offset, text, type, confidence, model_id, language FROM mention_rows;
        DROP TABLE mention_rows;
        CREATE INDEX ix_mentions_document ON mentions (document_id, start_offset);
        CREATE INDEX ix_mentions_entity ON mentions (entity_id, document_id);
        """;

    [Fact]
    public async Task A_write_ahead_log_that_readers_kept_from_restarting_is_emptied_once_they_finish()
    {
        using var temp = new SqliteTempStore();
        await temp.Store.InitializeAsync();
        var log = temp.DatabasePath + "-wal";
        await using (var reader = temp.OpenRaw())
        {
            await using var snapshot = ((Microsoft.Data.Sqlite.SqliteConnection)reader).BeginTransaction(deferred: true);
            await using (var read = reader.CreateCommand())
            {
                read.Transaction = snapshot;
                read.CommandText = "SELECT COUNT(*) FROM documents;";
                await read.ExecuteScalarAsync();
            }

            var filler = string.Join(' ', Enumerable.Repeat("Nordwind Energy builds turbines.", 8_000));
            for (var i = 0; new FileInfo(log).Length <= SqliteGraphStore.WalLimitBytes; i++)
            {
                Assert.True(i < 400, "the log did not grow past its limit");
                await temp.Store.UpsertDocumentAsync(new DocumentBuilder($"doc-{i}", "Nordwind Energy spoke. " + filler).Mention(Nordwind, "Nordwind Energy").Build());
            }
        }

        await ((SqliteGraphStore)temp.Store).CheckpointAsync();

        Assert.Equal(0, new FileInfo(log).Length);
        Assert.True((await temp.Store.CheckAsync()).Ok);
    }
}
