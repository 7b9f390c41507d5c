using EntityGraph.GraphApi.Tests.Infrastructure;
using EntityGraph.Storage;
using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Postgres;
using EntityGraph.Storage.Relational;
using EntityGraph.TestSupport.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EntityGraph.GraphApi.Tests.Fixtures;

/// <summary>The API over <see cref="SampleCorpus"/> in a fresh schema of the test PostgreSQL server; tests using it only read.</summary>
public sealed class PostgresSampleGraphFixture : GraphApiHost
{
    private PostgresTestServer? _server;
    private string? _connectionString;

    protected override async Task BeforeStartAsync()
    {
        _server = await PostgresTestServer.GetAsync();
        _connectionString = await _server.CreateSchemaAsync("api");
    }

    protected override RelationalGraphStore CreateStore(IServiceProvider provider, TimeProvider clock) => new PostgresGraphStore(
        new GraphStoreOptions { Provider = PostgresBackend.Name, ConnectionString = _connectionString },
        provider.GetRequiredService<ILogger<PostgresGraphStore>>(),
        clock);

    protected override Task SeedAsync(IGraphStore store, CancellationToken cancellationToken = default) => SampleCorpus.SeedAsync(store, cancellationToken);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is not null && _connectionString is not null)
        {
            await _server.DropSchemaAsync(_connectionString);
        }
    }
}
