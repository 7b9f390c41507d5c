namespace EntityGraph.Storage.Relational;

/// <summary>
/// Normalized pointwise mutual information of two entities over documents, as one SQL expression for every query that
/// scores co-occurrence: npmi = ln(p(a,b) / (p(a) p(b))) / -ln p(a,b), 1 when the pair is in every document.
/// </summary>
internal static class Npmi
{
    /// <param name="together">Documents mentioning both.</param>
    /// <param name="total">All documents (a DOUBLE PRECISION expression).</param>
    /// <param name="countA">Documents mentioning the first entity.</param>
    /// <param name="countB">Documents mentioning the second entity.</param>
    public static string Sql(string together, string total, string countA, string countB) => $"""
        CASE WHEN {together} >= {total} THEN 1.0
             ELSE ln({together} * {total} / ({countA} * {countB})) / -ln({together} / {total})
        END
        """;
}
