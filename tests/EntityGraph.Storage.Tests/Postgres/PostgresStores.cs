using EntityGraph.Storage.Tests.Support;
using EntityGraph.TestSupport.Postgres;

namespace EntityGraph.Storage.Tests.Postgres;

/// <summary>Fresh PostgreSQL stores (one schema each) for the conformance suite.</summary>
public sealed class PostgresStores : StoreBackend
{
    public static PostgresStores Instance { get; } = new();

    public override async Task<TempStore> CreateUninitializedAsync(TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var server = await PostgresTestServer.GetAsync();
        return new PostgresTempStore(server, await server.CreateSchemaAsync(), clock);
    }
}
