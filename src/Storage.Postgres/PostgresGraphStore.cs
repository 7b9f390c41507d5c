using EntityGraph.Storage.Configuration;
using EntityGraph.Storage.Relational;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Postgres;

/// <summary>The graph store on a PostgreSQL database: <see cref="RelationalGraphStore"/> on a <see cref="PostgresBackend"/>.</summary>
public sealed class PostgresGraphStore(GraphStoreOptions options, ILogger<PostgresGraphStore> logger, TimeProvider timeProvider)
    : RelationalGraphStore(new PostgresBackend(options), logger, timeProvider)
{
}
