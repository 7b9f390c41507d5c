using EntityGraph.Storage.Relational;

namespace EntityGraph.Storage.Sqlite;

/// <summary>SQLite's JSON functions (json_group_array with an ordered aggregate, SQLite 3.44 and later).</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    public override string JsonArrayAgg(string expression, string orderBy) => $"json_group_array({expression} ORDER BY {orderBy})";

    public override string JsonArray(params string[] expressions) => $"json_array({string.Join(", ", expressions)})";
}
