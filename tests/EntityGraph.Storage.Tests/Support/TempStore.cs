using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace EntityGraph.Storage.Tests.Support;

/// <summary>A real SQLite graph store in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempStore : IDisposable
{
    private readonly List<SqliteGraphStore> _stores = [];

    public TempStore(TimeProvider? clock = null)
    {
        DataDirectory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "entitygraph-storage-tests", Guid.NewGuid().ToString("N"));
        Clock = clock ?? new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Store = OpenAnother();
    }

    public string DataDirectory { get; }

    public TimeProvider Clock { get; }

    public SqliteGraphStore Store { get; }

    public string DatabasePath => Store.DatabasePath;

    /// <summary>A second store instance on the same file, like another process or silo would have.</summary>
    public SqliteGraphStore OpenAnother()
    {
        var store = GraphStoreFactory.Create(new GraphStoreOptions { DataDirectory = DataDirectory }, timeProvider: Clock);
        _stores.Add(store);
        return store;
    }

    public static async Task<TempStore> CreateAsync(TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var temp = new TempStore(clock);
        await temp.Store.InitializeAsync(cancellationToken);
        return temp;
    }

    /// <summary>A plain connection to the same file, outside the store, for checks and fault injection.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Execute(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
