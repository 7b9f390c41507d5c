using EntityGraph.Storage.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EntityGraph.Storage.Sqlite;

/// <summary>The <c>sqlite</c> backend: a file in <c>EntityGraph:Storage:DataDirectory</c>.</summary>
public sealed class SqliteGraphStoreProvider : IGraphStoreProvider
{
    public string Name => SqliteBackend.Name;

    public IReadOnlyList<string> Validate(GraphStoreOptions options) => SqliteOptionsRules.Check(options);

    public IGraphStore Create(GraphStoreOptions options, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        return new SqliteGraphStore(Options.Create(options), loggerFactory.CreateLogger<SqliteGraphStore>(), timeProvider);
    }
}
