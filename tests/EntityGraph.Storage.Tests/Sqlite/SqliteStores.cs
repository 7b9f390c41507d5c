using EntityGraph.Storage.Tests.Support;

namespace EntityGraph.Storage.Tests.Sqlite;

/// <summary>Fresh SQLite stores for the conformance suite.</summary>
public sealed class SqliteStores : StoreBackend
{
    public static SqliteStores Instance { get; } = new();

    public override Task<TempStore> CreateUninitializedAsync(TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<TempStore>(new SqliteTempStore(clock));
}
