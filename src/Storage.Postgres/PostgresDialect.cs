using EntityGraph.Storage.Relational;

namespace EntityGraph.Storage.Postgres;

/// <summary>PostgreSQL's JSON functions; an aggregate over no rows gives NULL there, so it is coalesced to "[]".</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static PostgresDialect Instance { get; } = new();

    public override string JsonArrayAgg(string expression, string orderBy) => $"COALESCE(json_agg({expression} ORDER BY {orderBy})::text, '[]')";

    public override string JsonArray(params string[] expressions) => $"json_build_array({string.Join(", ", expressions)})";
}
