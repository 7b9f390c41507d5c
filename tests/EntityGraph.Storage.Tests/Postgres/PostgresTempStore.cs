using System.Data.Common;
using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Postgres;
using EntityGraph.Storage.Relational;
using EntityGraph.Storage.Tests.Support;
using EntityGraph.TestSupport.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace EntityGraph.Storage.Tests.Postgres;

/// <summary>A PostgreSQL store in a fresh schema of the test server, dropped on dispose.</summary>
public sealed class PostgresTempStore : TempStore
{
    private readonly PostgresTestServer _server;

    public PostgresTempStore(PostgresTestServer server, string connectionString, TimeProvider? clock = null)
        : base(clock)
    {
        _server = server;
        ConnectionString = connectionString;
        Open();
    }

    public string ConnectionString { get; }

    public override DbConnection OpenRaw()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    public override IReadOnlyList<string> TableNames() =>
        Strings("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE \"C\";");

    public override void FailMentionInserts(string text) => Execute($"""
        CREATE FUNCTION inject_failure() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'injected failure'; END $$;
        CREATE TRIGGER inject_failure BEFORE INSERT ON mention_rows FOR EACH ROW WHEN (NEW.text = '{text}') EXECUTE FUNCTION inject_failure();
        """);

    public override void StopFailingMentionInserts() => Execute("DROP TRIGGER inject_failure ON mention_rows; DROP FUNCTION inject_failure();");

    protected override RelationalGraphStore CreateStore() =>
        new PostgresGraphStore(new GraphStoreOptions { Provider = PostgresBackend.Name, ConnectionString = ConnectionString }, NullLogger<PostgresGraphStore>.Instance, Clock);

    protected override void Remove() => _server.DropSchemaAsync(ConnectionString).GetAwaiter().GetResult();
}
