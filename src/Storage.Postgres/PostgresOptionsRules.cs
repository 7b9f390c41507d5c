using EntityGraph.Storage.Configuration;
using Npgsql;

namespace EntityGraph.Storage.Postgres;

/// <summary>What the PostgreSQL backend needs of <see cref="GraphStoreOptions"/>: a connection string that parses and names a host.</summary>
internal static class PostgresOptionsRules
{
    public static IReadOnlyList<string> Check(GraphStoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ["EntityGraph:Storage:ConnectionString must be set for the postgresql provider (e.g. 'Host=127.0.0.1;Port=5432;Database=entitygraph;Username=entitygraph;Password=...')."];
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ["EntityGraph:Storage:ConnectionString must name a Host."]
                : [];
        }
        catch (ArgumentException bad)
        {
            return [$"EntityGraph:Storage:ConnectionString is not a valid PostgreSQL connection string: {bad.Message}"];
        }
    }
}
