namespace EntityGraph.Storage.Relational;

/// <summary>Rows per table in the source and, after the copy, in the target (equal when nothing was lost).</summary>
public sealed record GraphCopyResult(IReadOnlyList<(string Table, long Source, long Target)> Tables)
{
    /// <summary>True when every table holds as many rows in the target as in the source.</summary>
    public bool Complete => Tables.All(t => t.Source == t.Target);
}
