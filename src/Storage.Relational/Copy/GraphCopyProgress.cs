namespace EntityGraph.Storage.Relational;

/// <summary>Where a copy stands: the table being copied, rows written so far, the rows it has in the source, and whether it is done.</summary>
public sealed record GraphCopyProgress(string Table, long RowsCopied, long RowsInSource, bool Finished);
