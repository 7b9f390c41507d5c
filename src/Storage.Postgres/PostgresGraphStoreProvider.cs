using EntityGraph.Storage.Configuration;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Postgres;

/// <summary>The <c>postgresql</c> backend: the database <c>EntityGraph:Storage:ConnectionString</c> names.</summary>
public sealed class PostgresGraphStoreProvider : IGraphStoreProvider
{
    public string Name => PostgresBackend.Name;

    public IReadOnlyList<string> Validate(GraphStoreOptions options) => PostgresOptionsRules.Check(options);

    public IGraphStore Create(GraphStoreOptions options, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        return new PostgresGraphStore(options, loggerFactory.CreateLogger<PostgresGraphStore>(), timeProvider);
    }
}
