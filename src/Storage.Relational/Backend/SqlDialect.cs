namespace EntityGraph.Storage.Relational;

/// <summary>
/// The SQL fragments that differ between the supported databases. Everything else the store sends is standard SQL that
/// both run as written (upserts with <c>ON CONFLICT</c>, window functions, <c>ln</c> and <c>greatest</c>, which SQLite
/// connections register).
/// </summary>
public abstract class SqlDialect
{
    /// <summary>An aggregate giving a JSON array text of <paramref name="expression"/> in <paramref name="orderBy"/> order; "[]" for no rows.</summary>
    public abstract string JsonArrayAgg(string expression, string orderBy);

    /// <summary>A JSON array text of the expressions.</summary>
    public abstract string JsonArray(params string[] expressions);
}
