using System.Data.Common;
using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Relational;
using EntityGraph.Storage.Sqlite;
using EntityGraph.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace EntityGraph.Storage.Tests.Sqlite;

/// <summary>A SQLite store in a fresh temporary folder, deleted on dispose.</summary>
public sealed class SqliteTempStore : TempStore
{
    public SqliteTempStore(TimeProvider? clock = null)
        : base(clock)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "entitygraph-storage-tests", Guid.NewGuid().ToString("N"));
        Open();
    }

    public string DataDirectory { get; }

    public string DatabasePath => ((SqliteGraphStore)Store).DatabasePath;

    public override DbConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public override IReadOnlyList<string> TableNames() =>
        Strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;");

    public override void FailMentionInserts(string text) => Execute($"""
        CREATE TRIGGER inject_failure BEFORE INSERT ON mention_rows WHEN NEW.text = '{text}'
        BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
        """);

    public override void StopFailingMentionInserts() => Execute("DROP TRIGGER inject_failure;");

    protected override RelationalGraphStore CreateStore() =>
        GraphStoreFactory.Create(new GraphStoreOptions { DataDirectory = DataDirectory }, timeProvider: Clock);

    protected override void Remove()
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
